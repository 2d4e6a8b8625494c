import { expect, test } from '@playwright/test';

// On /meklet/ the results' space is reserved: nothing on the page moves while the index loads and
// the results arrive, on a phone and on a laptop (issue 12: layout shift 0).
for (const width of [390, 1280]) {
	test(`/meklet/ at ${width} px: results arrive without moving anything on the page`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width, height: 800 } });
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
			w.__shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as unknown as {
					value: number;
					hadRecentInput: boolean;
					sources?: { node?: Node }[];
				}[])
					if (!e.hadRecentInput)
						w.__shifts.push({
							value: e.value,
							sources: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? '?'),
						});
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('/meklet/?q=drosibas+plans');
		await expect(page.locator('.search-results li').first()).toBeVisible();
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: /rezultāt|Rādīti/ })
				.first(),
		).toBeVisible();
		// Let any late layout settle before reading the shifts.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		const shifts = await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts);
		expect(shifts).toEqual([]);
		await context.close();
	});
}
