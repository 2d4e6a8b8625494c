import { expect, test } from '@playwright/test';

// B1.5, split into two lessons: Table 3 (seven theories) is rebuilt as real tables, three rows
// in the first lesson and four in the second, each with the note on uncertain column boundaries.
const LESSONS = [
	{
		url: '/kursi/ieslodzijums/teorijas-sistemas-un-persona/',
		anchor: '3-tabula-pirmas-tris-teorijas',
		theories: ['Sistēmu teorija', 'Ekoloģiskā sistēmu teorija', 'Uz personu vērstā pieeja'],
	},
	{
		url: '/kursi/ieslodzijums/teorijas-un-aizstavibas-pieeja/',
		anchor: '3-tabula-parejas-cetras-teorijas',
		theories: [
			'Spēka perspektīva',
			'Konflikta perspektīva',
			'Kognitīvi biheiviorālā teorija (KBT)',
			'Psihodinamiskā pieeja',
		],
	},
];

for (const lesson of LESSONS) {
	test(`${lesson.url}: Table 3 has four columns, one row per theory, and the column note`, async ({
		page,
	}) => {
		await page.goto(lesson.url);
		await expect(page.locator(`[id="${lesson.anchor}"]`)).toBeVisible();
		const table = page.locator('.prose table').first();
		await expect(table.locator('thead th')).toHaveCount(4);
		await expect(table.locator('thead th').nth(2)).toContainText('ieslodzījumā');
		await expect(table.locator('thead th').nth(3)).toContainText('pēc ieslodzījuma');
		const rows = table.locator('tbody tr');
		await expect(rows).toHaveCount(lesson.theories.length);
		for (const [i, name] of lesson.theories.entries()) {
			await expect(rows.nth(i).locator('td').first()).toContainText(name);
			await expect(rows.nth(i).locator('td')).toHaveCount(4);
		}
		await expect(page.getByText('Kur tabulas kolonnas nav skaidras')).toBeVisible();
	});
}

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the wide table scrolls in its own box, not the page', async ({ page }) => {
		for (const lesson of LESSONS) {
			await page.goto(lesson.url);
			await expect(page.locator('.prose table').first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		}
	});
});
