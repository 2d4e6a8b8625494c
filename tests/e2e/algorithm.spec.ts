import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { allPaths } from '../../src/lib/algorithm/walk.ts';
import type { Flow } from '../../src/lib/algorithm/types.ts';

const flow = parse(readFileSync('content/algorithms/policijas-zinojums.yaml', 'utf8')) as Flow;
const title = (id: string) => flow.nodes.find((n) => n.id === id)!.title;
const URL = '/riki/algoritms/policijas-zinojums/';

test.describe('algorithm navigator', () => {
	for (const path of allPaths(flow)) {
		test(`walks the branch ${path.join(' → ')}`, async ({ page }) => {
			await page.goto(URL);
			const stepper = page.locator('.stepper');
			await expect(stepHeading(page)).toHaveText(title(flow.start));
			for (const id of path.slice(1)) {
				await stepper
					.getByRole('button', { name: new RegExp(escapeRe(title(id))) })
					.first()
					.click();
				await expect(stepHeading(page)).toHaveText(title(id));
				await expect(stepHeading(page)).toBeFocused();
			}
			const last = path[path.length - 1]!;
			if (path.indexOf(last) === path.length - 1)
				await expect(stepper.getByText('Šis zars beidzas šeit.')).toBeVisible();
			await stepper.getByRole('button', { name: /Atpakaļ/ }).click();
			await expect(stepHeading(page)).toHaveText(title(path[path.length - 2]!));
			await stepper.getByRole('button', { name: 'Sākt no sākuma' }).click();
			await expect(stepHeading(page)).toHaveText(title(flow.start));
		});
	}

	test('computes the 3-working-day deadline across 18 November', async ({ page }) => {
		await page.goto(URL);
		await page
			.locator('.stepper')
			.getByRole('button', { name: /ziņojumā ir tālrunis/ })
			.click();
		await page.getByLabel('Ziņojuma saņemšanas datums').fill('2026-11-17');
		// Tue 17 Nov: Wed 18 Nov is a public holiday → Thu 19, Fri 20, Mon 23.
		await expect(page.getByText('Jāsazinās ne vēlāk kā 23.11.2026.')).toBeVisible();
		await expect(page.getByText(/18\.11\.2026\. \(Latvijas Republikas proklamēšanas diena\)/)).toBeVisible();
	});

	test('shows the diagram and the text outline with every step', async ({ page }) => {
		await page.goto(URL);
		await expect(page.getByRole('img', { name: (flow as Flow & { title: string }).title })).toBeVisible();
		const outline = page.locator('.outline > ol > li');
		await expect(outline).toHaveCount(flow.nodes.length);
	});
});

const stepHeading = (page: Page) => page.locator('.stepper [id$="-step-title"]');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
