import { expect, test } from '@playwright/test';

// A lesson ships no framework until it is used: its islands hydrate only near the viewport.
const FRAMEWORK =
	/\/_astro\/(client|preact|hooks\.module|jsxRuntime\.module|signals\.module|KnowledgeCheck|MarkDone)[.-]/;

test.describe('lesson hydration', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('no Preact or renderer script is requested until the reader scrolls to the check', async ({
		page,
	}) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto('/kursi/vardarbiba/kapec-atsakas-no-palidzibas/');
		await page.waitForLoadState('networkidle');
		// Reading the top of the lesson with the keyboard (a key press, nothing touched) loads nothing.
		await page.keyboard.press('ArrowDown');
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((s) => FRAMEWORK.test(s))).toEqual([]);

		await page.locator('#zinasanu-parbaude').scrollIntoViewIfNeeded();
		await expect.poll(() => scripts.filter((s) => FRAMEWORK.test(s)).length).toBeGreaterThan(0);
		// The check still works once hydrated: its first answer can be chosen.
		await expect(page.locator('.kc input[type="radio"]').first()).toBeEnabled();
	});
});
