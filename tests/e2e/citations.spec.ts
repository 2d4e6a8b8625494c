import { expect, test } from '@playwright/test';

const LESSON = '/kursi/vardarbiba/kapec-atsakas-no-palidzibas/';

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('tapping a marker shows the document and section inside the paragraph', async ({ page }) => {
		await page.goto(LESSON);
		const marker = page
			.locator('.prose .cite')
			.filter({ has: page.getByRole('button', { name: '(Algoritms, atteikuma iemesli)', exact: true }) })
			.first();
		const button = marker.locator('.cite-btn');
		const pop = marker.locator('.cite-pop');
		await expect(pop).toBeHidden();
		await button.tap();
		await expect(pop).toBeVisible();
		await expect(pop).toContainText('Algoritms sociālajiem darbiniekiem');
		await expect(pop).toContainText('„Izplatītākie iemesli, kāpēc cietušie atsakās no palīdzības”');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		const box = (await pop.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await button.tap();
		await expect(pop).toBeHidden();
	});

	test('„(secinājums)” stands out and says what it means the first time', async ({ page }) => {
		await page.goto(LESSON);
		const first = page.locator('.prose .cite--inference').first();
		await expect(first.locator('.cite-btn')).toHaveText('(secinājums)');
		await expect(first.locator('.cite-explain')).toContainText('vietnes autoru secinājums');
		await expect(page.locator('.prose .cite-explain')).toHaveCount(1);
	});
});

test('a marker opens from the keyboard and closes with Escape', async ({ page }) => {
	await page.goto(LESSON);
	const marker = page.locator('.prose p .cite').first();
	await marker.locator('.cite-btn').focus();
	await page.keyboard.press('Enter');
	await expect(marker.locator('.cite-pop')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(marker.locator('.cite-pop')).toBeHidden();
});

test('the marker needs no framework: it is server HTML outside any island and opens without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 390, height: 844 },
	});
	const page = await context.newPage();
	await page.goto(LESSON);
	const markers = page.locator('.prose .cite');
	expect(await markers.count()).toBeGreaterThan(20);
	expect(
		await page
			.locator('astro-island .prose .cite, .prose > p .cite')
			.evaluateAll((els) => els.filter((e) => e.closest('astro-island')).length),
	).toBe(0);
	const marker = page.locator('.prose p .cite').first();
	await marker.locator('.cite-btn').focus();
	await expect(marker.locator('.cite-pop')).toBeVisible();
	await context.close();
});

test('the source list names each document once, keeps line ranges folded, and prints', async ({ page }) => {
	await page.goto(LESSON);
	const list = page.locator('section.source-list');
	await expect(list.getByRole('heading', { name: 'Avoti' })).toBeVisible();
	await expect(list.locator('.source-list__docs > li')).toHaveCount(4);
	await expect(list).toContainText('Labklājības ministrija (Sandra Zalcmāne), 2023');
	const lines = list.locator('details.source-list__lines');
	await expect(lines.locator('summary')).toHaveText('Kur avota tekstā');
	await expect(lines.getByText(/rindas 10–32/)).toBeHidden();
	await lines.locator('summary').click();
	await expect(lines.getByText(/Algoritms \(000\): .*rindas 10–32/)).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	await expect(list).toBeVisible();
	await expect(list.getByText('Algoritms sociālajiem darbiniekiem', { exact: false }).first()).toBeVisible();
	// markers print as their text; what a tap shows does not
	const marker = page.locator('.prose p .cite').first();
	await expect(marker.locator('.cite-btn')).toBeVisible();
	await expect(marker.locator('.cite-pop')).toBeHidden();
});

test('scenario feedback shows reader markers; the facilitator view shows the lines', async ({ page }) => {
	await page.goto('/scenariji/klusums-pec-zinojuma/');
	await page.locator('.choices button').first().click();
	const feedback = page.locator('.scenario-feedback');
	await expect(feedback.locator('.cite-btn').first()).toHaveText(
		/^\((Algoritms|Sociālā dienesta slaidi|LM slaidi|Darbnīcas slaidi)[^)]*\)$/,
	);
	await expect(feedback).not.toContainText('[@');
	await expect(feedback).not.toContainText(/rind(a|as)\b/);

	await page.goto('/scenariji/klusums-pec-zinojuma/vaditajam/');
	await page.getByRole('button', { name: 'Atklāt sekas' }).click();
	await expect(
		page.locator('.cite-trainer', { hasText: /^\(Algoritms \(000\), [^)]*rindas \d/ }).first(),
	).toBeVisible();

	await page.goto('/scenariji/klusums-pec-zinojuma/atbildes/');
	await expect(page.getByText(/Algoritms \(000\), algoritma shēma, rindas 218–225/).first()).toBeVisible();
});
