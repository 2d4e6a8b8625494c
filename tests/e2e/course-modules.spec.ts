import { expect, test } from '@playwright/test';

// Course B's page groups its lessons by module, in the order of content/courses/ieslodzijums.yaml,
// with each module's progress; a module without lessons says it is being prepared and links nowhere.
test('the course page shows modules B0–B3 as groups with their lessons and progress', async ({ page }) => {
	await page.goto('/kursi/ieslodzijums/');
	const modules = page.locator('.dashboard__module');
	await expect(modules.locator('h3')).toHaveText([
		'B0 — Ievads',
		'B1 — Sociālā darba raksturojums',
		'B2 — Prakse ieslodzījuma vietās',
		'B3 — Prakse pašvaldību sociālajos dienestos',
	]);
	const b1 = page.locator('[data-module="B1"]');
	const b1Lessons = b1.locator('li[data-lesson] a');
	const count = await b1Lessons.count();
	expect(count).toBeGreaterThanOrEqual(7);
	await expect(b1.getByText(`Pabeigtas 0 no ${count} nodarbībām`)).toBeVisible();

	// A module without lessons yet says so, with no links.
	const b3 = page.locator('[data-module="B3"]');
	await expect(b3.getByText('Šī moduļa nodarbības vēl top.')).toBeVisible();
	await expect(b3.locator('a')).toHaveCount(0);

	// Marking the first B1 lesson done shows in its module's progress.
	const first = b1Lessons.first();
	const href = (await first.getAttribute('href'))!;
	await page.goto(href);
	const done = page.getByRole('button', { name: /Atzīmēt kā pabeigtu/ });
	await done.scrollIntoViewIfNeeded();
	await done.click();
	await page.goto('/kursi/ieslodzijums/');
	await expect(
		page.locator('[data-module="B1"]').getByText(`Pabeigtas 1 no ${count} nodarbībām`),
	).toBeVisible();
	await expect(page.locator('[data-module="B0"]').getByText(/Pabeigtas 0 no \d+ nodarbībām/)).toBeVisible();
});
