import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtHtml, builtPages, islandKinds, onePagePerType } from './site-pages.ts';

// One pass over every built page (read from dist/, so new pages are covered without a list):
// each page is loaded once and checked for axe (WCAG 2.0–2.2 A/AA) at 390 px and again at
// 1280 px, horizontal overflow at 390 px, Content Security Policy violations, requests to
// another origin, and cookies. Pages are checked in batches; each batch collects the findings of
// all its pages and fails once, listing every failing page.

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BATCH = 6;

/** Records CSP violations from the first byte of every document in the context, popups included. */
async function watchCsp(context: BrowserContext) {
	await context.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
			),
		);
	});
}
const cspViolations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);

/** Requests that leave the site's origin. */
function watchRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
	});
	return foreign;
}

async function axe(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = builtPages();
const batches: string[][] = [];
for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));

test.describe('page check', () => {
	test.use({ viewport: { width: 390, height: 900 } });
	// The batches are independent, so they spread over every worker: the page count grows with
	// each course, and one worker for all of them would not fit CI's time limit.
	test.describe.configure({ mode: 'parallel' });

	batches.forEach((batch, b) => {
		test(`pages ${b * BATCH + 1}–${b * BATCH + batch.length} of ${pages.length}: axe at 390 and 1280 px, no overflow, no CSP violation, no foreign request, no cookie`, async ({
			page,
			context,
			baseURL,
		}) => {
			test.setTimeout(30_000 * batch.length);
			await watchCsp(context);
			const foreign = watchRequests(page, baseURL!);
			const failures: string[] = [];
			for (const path of batch) {
				const found: string[] = [];
				foreign.length = 0;
				await page.setViewportSize({ width: 390, height: 900 });
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				found.push(...(await axe(page)).map((v) => `axe 390 px: ${v}`));
				const overflow = await page.evaluate(() => {
					const out: string[] = [];
					const doc = document.documentElement;
					if (doc.scrollWidth > doc.clientWidth) out.push(`document ${doc.scrollWidth} > ${doc.clientWidth}`);
					const main = document.querySelector('main');
					if (main && main.scrollWidth > main.clientWidth)
						out.push(`main column ${main.scrollWidth} > ${main.clientWidth}`);
					return out;
				});
				found.push(...overflow.map((o) => `overflow at 390 px: ${o}`));
				await page.setViewportSize({ width: 1280, height: 900 });
				found.push(...(await axe(page)).map((v) => `axe 1280 px: ${v}`));
				found.push(...(await cspViolations(page)).map((v) => `CSP: ${v}`));
				found.push(...foreign.map((u) => `request to another origin: ${u}`));
				const cookies = await context.cookies();
				found.push(...cookies.map((c) => `cookie: ${c.name}`));
				if (found.length) failures.push(`${path}\n    ${found.join('\n    ')}`);
			}
			expect(failures, `${failures.length} of ${batch.length} pages fail`).toEqual([]);
		});
	});
});

// Search on each page type, and every kind of island used once, under the strict policy.
test.describe('search and widgets under the Content Security Policy', () => {
	const types = onePagePerType();

	test(`search opens and answers on each of the ${types.length} page types, with no CSP violation or foreign request`, async ({
		page,
		context,
		baseURL,
	}) => {
		test.setTimeout(20_000 * types.length);
		await watchCsp(context);
		const foreign = watchRequests(page, baseURL!);
		const failures: string[] = [];
		for (const { path, type, html } of types) {
			if (!html.includes('data-search-open')) continue; // the projector window has no site header
			foreign.length = 0;
			await page.goto(path);
			await page.getByRole('button', { name: 'Meklēt' }).first().click();
			const dialog = page.getByRole('dialog', { name: 'Meklēt vietnē' });
			await dialog.getByRole('searchbox').fill('vardarbiba');
			const hit = await dialog
				.locator('.search-results a')
				.first()
				.waitFor({ timeout: 10_000 })
				.then(() => null)
				.catch(() => 'no result for "vardarbiba"');
			const found = [
				...(hit ? [hit] : []),
				...(await cspViolations(page)).map((v) => `CSP: ${v}`),
				...foreign.map((u) => `request to another origin: ${u}`),
			];
			if (found.length) failures.push(`${type} ${path}\n    ${found.join('\n    ')}`);
		}
		expect(failures).toEqual([]);
	});

	// The first page that hydrates each island kind.
	const firstPageOf = new Map<string, string>();
	for (const path of builtPages())
		for (const kind of islandKinds(builtHtml(path))) if (!firstPageOf.has(kind)) firstPageOf.set(kind, path);

	for (const [kind, path] of firstPageOf) {
		test(`${kind} (${path}) responds when used, with no CSP violation`, async ({
			page,
			context,
			baseURL,
		}) => {
			await watchCsp(context);
			const foreign = watchRequests(page, baseURL!);
			await page.goto(path);
			// Lesson widgets hydrate when they come near the viewport: bring the widget into view.
			await page.locator(`astro-island[component-url*="/${kind}."]`).first().scrollIntoViewIfNeeded();
			const island = page.locator(`astro-island[component-url*="/${kind}."]:not([ssr])`).first();
			await expect(island).toBeAttached();
			const use = USE[kind] ?? useFirstControls;
			await use(island, page);
			await page.waitForLoadState('networkidle');
			for (const p of context.pages()) expect(await cspViolations(p), p.url()).toEqual([]);
			expect(foreign).toEqual([]);
		});
	}
});

type Use = (island: Locator, page: Page) => Promise<void>;

/** Widgets whose first control is not a good first use: what a user would do with them. */
const USE: Record<string, Use> = {
	CaseStepper: async (island) => {
		const tab = island.getByRole('tab').nth(1);
		await tab.click();
		await expect(tab).toHaveAttribute('aria-selected', 'true');
	},
	Facilitator: async (island, page) => {
		await island.getByRole('button', { name: 'Pievienot balsi variantam A' }).click();
		await expect(island.locator('.tally__count').first()).toHaveText('Balsis: 1');
		// The projector window opens and mirrors the session.
		const [projector] = await Promise.all([
			page.waitForEvent('popup'),
			island.getByRole('link', { name: 'Atvērt projektora logu' }).click(),
		]);
		await expect(projector.locator('.projector-view')).toBeVisible();
		await projector.waitForLoadState('networkidle');
	},
	ProgressPanel: async (island, page) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			island.getByRole('button', { name: 'Lejupielādēt progresu (JSON)' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/\.json$/);
	},
};

/**
 * Any other widget (including ones added later): type into its first field, tick its first
 * choice and press its first button (not print or full screen); it must change what it shows.
 */
const useFirstControls: Use = async (island, page) => {
	const before = await island.innerHTML();
	const input = island
		.locator('input[type="text"], input[type="date"], input[type="search"], textarea')
		.filter({ visible: true })
		.first();
	const hasInput = (await input.count()) > 0;
	if (hasInput)
		await input.fill(((await input.getAttribute('type')) ?? '') === 'date' ? '2026-11-17' : 'vardarbiba');
	const choice = island
		.locator('input[type="radio"], input[type="checkbox"]')
		.filter({ visible: true })
		.first();
	const hasChoice = (await choice.count()) > 0;
	if (hasChoice) await choice.check();
	const button = island
		.getByRole('button', { disabled: false })
		.filter({ visible: true })
		.filter({ hasNotText: /Drukāt|pilnekrān|Pilnekrān/ })
		.first();
	const hasButton = (await button.count()) > 0;
	if (hasButton) await button.click();
	await page.waitForLoadState('networkidle');
	// A view without controls (the projector window, course progress) only has to render.
	if (hasInput || hasChoice || hasButton) expect(await island.innerHTML()).not.toBe(before);
	else await expect(island.locator('*').first()).toBeVisible();
};
