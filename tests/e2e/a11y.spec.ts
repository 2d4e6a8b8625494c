import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './site-pages.ts';

// axe with the WCAG 2.0–2.2 A and AA rules, on every built page at phone and desktop width.
const pages = builtPages();
for (const width of [390, 1280]) {
	test.describe(`axe at ${width}px`, () => {
		test.use({ viewport: { width, height: 900 } });
		for (const path of pages) {
			test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				).toEqual([]);
			});
		}
	});
}
