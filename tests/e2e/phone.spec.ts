import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allPaths } from '../../src/lib/algorithm/walk.ts';
import type { Flow } from '../../src/lib/algorithm/types.ts';
import { builtPages, onePagePerType } from './site-pages.ts';

// Phone first (issue 10): a 390 px touch screen. Nothing may be wider than the screen, on load and
// with every widget's parts opened; the lesson, search, scenario and algorithm chrome work there.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const pages = builtPages();
const lessons = pages.filter((p) => /^\/kursi\/[^/]+\/[^/]+\/$/.test(p));
const flow = parse(readFileSync('content/algorithms/policijas-zinojums.yaml', 'utf8')) as Flow;
const title = (id: string) => flow.nodes.find((n) => n.id === id)!.title;
const ALGORITHM = '/riki/algoritms/policijas-zinojums/';
/** The shortest branch to each last step of the algorithm. */
const lastSteps = [
	...new Map(
		allPaths(flow)
			.sort((a, b) => b.length - a.length)
			.map((p) => [p[p.length - 1]!, p] as const),
	).values(),
];

/** The page scrolls no sideways; the message names the widest element that is not in a scroll box. */
async function expectFitsScreen(page: Page, state: string) {
	const r = await page.evaluate(() => {
		const inScrollBox = (el: Element) => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
				if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowX)) return true;
			return false;
		};
		const wide = Array.from(document.querySelectorAll('body *'))
			.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !inScrollBox(el))
			.slice(0, 3)
			.map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
		return {
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
			wide,
		};
	});
	expect(r.scroll, `${state} is ${r.scroll} px wide: ${r.wide.join(', ')}`).toBeLessThanOrEqual(r.client);
}

/** A modal dialog (top layer, so outside the page's scroll width) fits the screen and scrolls no sideways. */
async function expectDialogFits(dialog: Locator, state: string) {
	const r = await dialog.evaluate((d) => ({
		right: d.getBoundingClientRect().right,
		scroll: d.scrollWidth,
		client: d.clientWidth,
	}));
	expect(r.right, `${state}: the dialog ends at ${r.right} px`).toBeLessThanOrEqual(390);
	expect(r.scroll, `${state}: the dialog's content is ${r.scroll} px wide`).toBeLessThanOrEqual(r.client);
}

/**
 * Opens every <details> in `scope`: on the whole page, the crisis panel and "Šajā lapā" too; in
 * `main`, a widget's own parts (the algorithm's path, facilitator notes …), leaving the header's
 * panel closed so that it does not cover the widget.
 */
async function openAllDisclosures(page: Page, scope: 'body' | 'main' = 'main') {
	await page.evaluate(
		(sel) =>
			document.querySelectorAll(`${sel} details`).forEach((d) => ((d as HTMLDetailsElement).open = true)),
		scope,
	);
}

test.describe('nothing is wider than a 390 px screen', () => {
	// Every page is checked on load by the page-check pass; here one page of each template is
	// checked again with all of its disclosures open.
	for (const { path } of onePagePerType())
		test(`${path} on load and with its disclosures open`, async ({ page }) => {
			await page.goto(path);
			await expectFitsScreen(page, `${path} on load`);
			await openAllDisclosures(page, 'body');
			await expectFitsScreen(page, `${path} with every <details> open`);
		});

	for (const path of lessons)
		test(`${path}: the knowledge check with every answer's feedback`, async ({ page }) => {
			await page.goto(path);
			// The check hydrates when it comes near the viewport, as a reader scrolling down does.
			await page.locator('section.kc').scrollIntoViewIfNeeded();
			const questions = page.locator('section.kc fieldset');
			const n = await questions.count();
			for (let i = 0; i < n; i++) {
				const q = questions.nth(i);
				await q.getByRole('radio').last().check();
				await q.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
				await expect(q.locator('.feedback')).toBeVisible();
			}
			await expectFitsScreen(page, `${path} after the knowledge check`);
		});

	for (const branch of lastSteps)
		test(`the algorithm at the last step of ${branch.join(' → ')}, with the path open`, async ({ page }) => {
			await page.goto(ALGORITHM);
			const stepper = page.locator('.stepper');
			await expect(stepper.getByRole('button', { name: /Tālāk|→/ }).first()).toBeEnabled();
			for (const id of branch.slice(1))
				await stepper
					.getByRole('button', { name: new RegExp(escapeRe(title(id))) })
					.first()
					.click();
			await expect(stepper.locator('[id$="-step-title"]')).toHaveText(title(branch[branch.length - 1]!));
			await openAllDisclosures(page);
			await expectFitsScreen(page, `the algorithm at ${branch.join(' → ')}`);
		});

	test('the working-day calculator with every skipped day listed', async ({ page }) => {
		await page.goto('/riki/darba-dienas/');
		await page
			.getByLabel(/datums/i)
			.first()
			.fill('2026-12-22');
		await expect(page.getByText(/Ziemassvētk/).first()).toBeVisible();
		await expectFitsScreen(page, 'the calculator across Christmas');
	});

	test('the safety plan with each of its parts open', async ({ page }) => {
		await page.goto('/riki/drosibas-plans/');
		const parts = page.locator('.plan-steps button');
		await expect(parts.first()).toBeEnabled();
		for (let i = 0; i < (await parts.count()); i++) {
			await parts.nth(i).click();
			await expectFitsScreen(page, `the safety plan, part ${i + 1}`);
		}
	});

	test('the case-work stepper on each tab', async ({ page }) => {
		await page.goto('/riki/gadijuma-vadiba/');
		const tabs = page.getByRole('tab');
		for (let i = 0; i < (await tabs.count()); i++) {
			await tabs.nth(i).click();
			await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
			await openAllDisclosures(page);
			await expectFitsScreen(page, `the case stepper, tab ${i + 1}`);
		}
	});

	for (const path of pages.filter((p) => /^\/scenariji\/[^/]+\/$/.test(p)))
		test(`${path} played to an ending, with each verdict and the debrief`, async ({ page }) => {
			await page.goto(path);
			const choices = page.locator('.scenario-player .choices button');
			await expect(choices.first()).toBeEnabled();
			for (let step = 0; step < 30 && (await choices.count()) > 0; step++) {
				await choices.last().click();
				await expect(page.locator('.scenario-feedback')).toBeVisible();
				await expectFitsScreen(page, `${path} after choice ${step + 1}`);
			}
			await expect(page.locator('.debrief')).toBeVisible();
			await expectFitsScreen(page, `${path} at the debrief`);
		});

	for (const path of pages.filter((p) => /^\/scenariji\/[^/]+\/vaditajam\/$/.test(p)))
		test(`${path} revealed, with notes open and the map enlarged`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('button', { name: 'Atklāt sekas' })).toBeEnabled();
			await page.getByRole('button', { name: 'Atklāt sekas' }).click();
			await openAllDisclosures(page);
			await expectFitsScreen(page, `${path} revealed`);
			await page.getByRole('button', { name: 'Palielināt karti' }).click();
			await expectDialogFits(page.getByRole('dialog'), `${path} with the map enlarged`);
		});

	test('the search dialog with results', async ({ page }) => {
		await page.goto('/kursi/vardarbiba/pakalpojumi-un-aizsardziba/');
		await page.getByRole('button', { name: 'Meklēt' }).click();
		const dialog = page.getByRole('dialog', { name: 'Meklēt vietnē' });
		await dialog.getByRole('searchbox').fill('krizes dzivoklis pagaidu aizsardziba');
		await expect(dialog.locator('.search-results li').first()).toBeVisible();
		await expectDialogFits(dialog, 'the search dialog with results');
		await expectFitsScreen(page, 'the page behind the search dialog');
	});
});

test.describe('phone chrome', () => {
	test('the header is at most 100 px tall and shows no keyboard hints on a touch screen', async ({
		page,
	}) => {
		for (const path of ['/', '/kursi/vardarbiba/drosibas-plans/', '/riki/drosibas-plans/']) {
			await page.goto(path);
			const header = await page.locator('.site-header').boundingBox();
			expect(header!.height, `${path}: header height`).toBeLessThanOrEqual(100);
			await expect(page.locator('.search__open kbd')).toBeHidden();
			await expect(
				page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Resursi' }),
			).toBeInViewport({ ratio: 1 });
		}
		await expect(page.getByText('Vai trīs reizes nospiediet Esc')).toBeHidden();
		await page.goto('/');
		await expect(page.getByText('Lai meklētu, nospiediet /')).toBeHidden();
	});

	test('the home page says what the site does, with a search field and the top tasks above the fold', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/sociālajiem darbiniekiem/);
		const field = page.getByRole('searchbox', { name: 'Ko meklējat?' });
		await expect(field).toBeInViewport({ ratio: 1 });
		for (const task of ['Rīcība pēc Valsts policijas ziņojuma', 'Drošības plāna sastādīšana ar klientu'])
			await expect(page.getByRole('link', { name: task })).toBeInViewport({ ratio: 1 });
		await field.fill('papv');
		await field.press('Enter');
		await expect(page).toHaveURL(/\/meklet\/\?q=papv$/);
		await expect(page.locator('main .search-results li').first()).toBeVisible();
	});

	test('a lesson: "Šajā lapā" comes before the content, stays at hand, and jumps to the check and back to the top', async ({
		page,
	}) => {
		await page.goto('/kursi/vardarbiba/kapec-atsakas-no-palidzibas/');
		const bar = page.locator('.toc-bar');
		const before = await bar.evaluate(
			(b) => !!(b.compareDocumentPosition(document.querySelector('.lesson-grid h1')!) & 4),
		);
		expect(before, 'the bar precedes the lesson heading in the DOM').toBe(true);
		// Far down the page the bar is still on screen.
		await page.locator('#avots').scrollIntoViewIfNeeded();
		await expect(bar).toBeInViewport();
		await bar.getByText('Šajā lapā').click();
		const menu = bar.getByRole('navigation', { name: 'Šajā lapā' });
		await expect(menu.getByRole('link', { name: 'Zināšanu pārbaude' })).toBeVisible();
		await menu.getByRole('link').first().click();
		await expect(menu).toBeHidden();
		await bar.getByRole('link', { name: 'Pārbaude', exact: true }).click();
		await expect(page).toHaveURL(/#zinasanu-parbaude$/);
		const check = page.locator('#zinasanu-parbaude');
		await expect(check).toBeInViewport();
		const [checkTop, barBottom] = [
			(await check.boundingBox())!.y,
			(await bar.boundingBox())!.y + (await bar.boundingBox())!.height,
		];
		expect(checkTop, 'the heading is not hidden under the bar').toBeGreaterThanOrEqual(barBottom);
		await bar.getByRole('link', { name: 'Uz sākumu' }).click();
		await expect(page.locator('.site-header')).toBeInViewport();
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('the scenario player keeps the verdict of a choice in view', async ({ page }) => {
		await page.goto('/scenariji/klusums-pec-zinojuma/');
		const choices = page.locator('.scenario-player .choices button');
		await expect(choices.first()).toBeEnabled();
		for (let step = 0; step < 3 && (await choices.count()) > 0; step++) {
			await choices.last().click();
			const verdict = page.locator('.scenario-feedback__title');
			await expect(verdict).toContainText('Jūsu izvēles sekas');
			await expect(verdict).toBeInViewport({ ratio: 1 });
		}
	});

	test('the algorithm diagram marks the current step and the steps walked, and pans to it', async ({
		page,
	}) => {
		await page.goto(ALGORITHM);
		const stepper = page.locator('.stepper');
		const diagram = page.locator('[data-diagram]');
		await expect(diagram.locator('g[data-current="true"]')).toHaveAttribute('data-node', flow.start);
		const branch = allPaths(flow).sort((a, b) => b.length - a.length)[0]!;
		for (const [i, id] of branch.slice(1).entries()) {
			await stepper
				.getByRole('button', { name: new RegExp(escapeRe(title(id))) })
				.first()
				.click();
			await expect(diagram.locator('g[data-current="true"]')).toHaveCount(1);
			await expect(diagram.locator('g[data-current="true"]')).toHaveAttribute('data-node', id);
			await expect(diagram.locator('[data-diagram-current]')).toHaveText(`Jūs esat šeit: ${title(id)}`);
			const walked = new Set(branch.slice(0, i + 1).filter((v) => v !== id));
			const visited = await diagram
				.locator('g[data-visited="true"]')
				.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node')));
			expect(new Set(visited)).toEqual(walked);
			// The current box is inside the diagram's visible area (it pans there on a phone).
			const box = await diagram.locator('.diagram').boundingBox();
			const node = await diagram.locator('g[data-current="true"] rect').boundingBox();
			expect(node!.x).toBeGreaterThanOrEqual(box!.x - 1);
			expect(node!.x + node!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
		}
		// Labels are legible: at least 12 CSS px on a phone.
		const smallest = await diagram
			.locator('svg text')
			.evaluateAll((ts) => Math.min(...ts.map((t) => t.getBoundingClientRect().height)));
		const fontPx = await diagram
			.locator('svg')
			.evaluate(
				(svg) =>
					(svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width) *
					parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize),
			);
		expect(fontPx).toBeGreaterThanOrEqual(12);
		expect(smallest).toBeGreaterThan(0);
		await stepper.getByRole('button', { name: 'Sākt no sākuma' }).click();
		await expect(diagram.locator('g[data-current="true"]')).toHaveAttribute('data-node', flow.start);
		await expect(diagram.locator('g[data-visited="true"]')).toHaveCount(0);
	});
});

test.describe('search on first open', () => {
	test('typing straight after opening keeps every letter, even while the widget is still loading', async ({
		page,
	}) => {
		// Hold back the search widget's code so the letters are typed before it arrives.
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route(/\/_astro\/search-mount[^/]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/riki/');
		await page.getByRole('button', { name: 'Meklēt' }).click();
		const dialog = page.getByRole('dialog', { name: 'Meklēt vietnē' });
		const field = dialog.getByRole('searchbox');
		await expect(field).toBeFocused();
		// The field comes before Close, so Space and letters go to the field.
		const order = await dialog.evaluate((d) => {
			const f = d.querySelector('input[type="search"]')!;
			const close = d.querySelector('[data-search-close]')!;
			return !!(f.compareDocumentPosition(close) & 4);
		});
		expect(order, 'the field precedes Close').toBe(true);
		await page.keyboard.type('3 darba dienas');
		await expect(field).toHaveValue('3 darba dienas');
		release();
		await expect(dialog.locator('.search-results li').first()).toBeVisible();
		await expect(field).toHaveValue('3 darba dienas');
		await expect(field).toBeFocused();
		await page.keyboard.type(' x');
		await expect(field).toHaveValue('3 darba dienas x');
	});

	test('with "/" the letters typed at once also stay', async ({ page }) => {
		await page.goto('/');
		await page.locator('h1').click();
		await page.keyboard.press('/');
		await page.keyboard.type('krizes dzivoklis');
		const dialog = page.getByRole('dialog', { name: 'Meklēt vietnē' });
		await expect(dialog.getByRole('searchbox')).toHaveValue('krizes dzivoklis');
		await expect(dialog.locator('.search-results li').first()).toBeVisible();
	});
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
