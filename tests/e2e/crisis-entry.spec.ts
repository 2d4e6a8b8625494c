import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtHtml, builtPages, onePagePerType } from './site-pages.ts';

// "Krīzē" in the header of every page: one tap away on a 390 px phone, with JavaScript and
// without it, opens 112, 113 and 110 and the 24/7 crisis line as tel: links, the line's caveat and
// what to do when a life is in danger. The projector window has no site chrome (it shows the group
// only the scenario) and is left out on purpose.
// The panel is one component in the layout's header: its behaviour is tested on one page of each
// template (with and without JavaScript), and its presence in the HTML of every built page.
const withHeader = (p: string) => !p.endsWith('/projektors/');
const pages = [...new Set([...onePagePerType().map((t) => t.path), '/404.html'])].filter(withHeader);

test('every built page has the Krīzē panel in its header, with 112, 113, 110 and 116123', () => {
	const missing = builtPages()
		.filter(withHeader)
		.filter((path) => {
			const header = /<header[\s\S]*?<\/header>/.exec(builtHtml(path))?.[0] ?? '';
			return (
				!/class="crisis[" ]/.test(header) ||
				!['112', '113', '110', '116123'].every((n) => header.includes(`href="tel:${n}"`))
			);
		});
	expect(missing).toEqual([]);
});

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectCrisisEntry(page: Page, path: string) {
	const toggle = page.locator('header .crisis > summary');
	await expect(toggle, `${path}: the Krīzē control`).toHaveText(/Krīzē/);
	await expect(toggle, `${path}: Krīzē is on the first screen`).toBeInViewport({ ratio: 1 });
	await toggle.tap();
	const panel = page.locator('header .crisis__panel');
	await expect(panel).toBeVisible();
	for (const n of ['112', '113', '110', '116123']) {
		const link = panel.locator(`a[href="tel:${n}"]`);
		await expect(link, `${path}: tel:${n}`).toBeVisible();
		await expect(link, `${path}: tel:${n} on screen`).toBeInViewport({ ratio: 1 });
	}
	await expect(panel).toContainText('Ja ir apdraudēta kāda dzīvība, tūlīt zvaniet 112');
	await expect(panel).toContainText('visu diennakti');
	await expect(panel.locator('.crisis__caveat')).toContainText('nevis ārkārtas dienests');
	await expect(panel.locator('.crisis__caveat')).toContainText(/pārbaudīti \d\d\.\d\d\.\d{4}\./);
	const right = await panel.evaluate((p) => p.getBoundingClientRect().right);
	expect(right, `${path}: the panel fits the screen`).toBeLessThanOrEqual(390);
}

test.describe('crisis entry with JavaScript', () => {
	for (const path of pages)
		test(`${path}`, async ({ page }) => {
			await page.goto(path);
			await expectCrisisEntry(page, path);
		});

	test('Escape closes the panel and returns to the control; a tap outside closes it too', async ({
		page,
	}) => {
		// A page without the quick-exit bar, so the open panel leaves room below it to tap.
		await page.goto('/kursi/');
		const toggle = page.locator('header .crisis > summary');
		const panel = page.locator('header .crisis__panel');
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(panel).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(toggle).toBeFocused();
		await toggle.tap();
		await expect(panel).toBeVisible();
		const below = (await panel.boundingBox())!;
		expect(below.y + below.height).toBeLessThan(830);
		await page.touchscreen.tap(195, 835);
		await expect(panel).toBeHidden();
	});
});

test('the open panel and the open search dialog pass axe (WCAG 2.2 A/AA)', async ({ page }) => {
	const axe = async () =>
		(
			await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze()
		).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	await page.goto('/kursi/vardarbiba/drosibas-plans/');
	await page.locator('header .crisis > summary').tap();
	await expect(page.locator('header .crisis__panel')).toBeVisible();
	expect(await axe()).toEqual([]);
	await page.locator('header .crisis > summary').tap();
	await page.locator('.toc-bar summary').tap();
	expect(await axe()).toEqual([]);
	await page.locator('.toc-bar summary').tap();
	await page.getByRole('button', { name: 'Meklēt' }).tap();
	await page.keyboard.type('112');
	await expect(page.locator('dialog .search-results li').first()).toBeVisible();
	expect(await axe()).toEqual([]);
});

test.describe('crisis entry without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of pages)
		test(`${path}`, async ({ page }) => {
			await page.goto(path);
			await expectCrisisEntry(page, path);
		});
});
