import { expect, test, type Page } from '@playwright/test';

// R1: the burnout self-check (content/tools/izdegsanas-pasparbaude.yaml, keep: none).
const URL = '/riki/izdegsanas-pasparbaude/';

const meaning = (page: Page) =>
	page.getByRole('checkbox', { name: /Palīdzēšana man vairs nešķiet jēgpilna/ });
const pauses = (page: Page) => page.getByRole('checkbox', { name: /neieturu pauzes/ });
/** The form the user works in (the print-only text copy sits outside it). */
const form = (page: Page) => page.locator('.checklist-tool form');
const meaningStep = (page: Page) => form(page).getByText(/kāpēc izvēlējāties šo darbu/);
const pausesStep = (page: Page) => form(page).getByText(/piecas minūtes ar kafijas krūzi/i);

/** Ticks two signs with the keyboard only: focus, then Space. */
async function tickTwoByKeyboard(page: Page) {
	await expect(meaning(page)).toBeEnabled();
	await meaning(page).focus();
	await page.keyboard.press('Space');
	await pauses(page).focus();
	await page.keyboard.press('Space');
	await expect(meaning(page)).toBeChecked();
	await expect(pauses(page)).toBeChecked();
}

test.describe('R1 burnout self-check', () => {
	test('ticking two signs by keyboard shows their prevention steps; a reload keeps nothing', async ({
		page,
	}) => {
		await page.goto(URL);
		await expect(page.getByRole('heading', { level: 1, name: 'Izdegšanas pašpārbaude' })).toBeVisible();
		await expect(page.getByText(/netiek nekur saglabāts/)).toBeVisible();
		// Before anything is ticked, no step is shown.
		await expect(meaningStep(page)).toHaveCount(0);
		await expect(pausesStep(page)).toHaveCount(0);

		await tickTwoByKeyboard(page);
		await expect(meaningStep(page)).toBeVisible();
		await expect(pausesStep(page)).toBeVisible();
		// A sign that was not ticked shows no step.
		await expect(form(page).getByText(/apspiestas emocijas bloķē enerģiju/i)).toHaveCount(0);
		// A fatigue sign brings the conclusion with the crisis line.
		await expect(
			page.getByRole('status').filter({ hasText: 'Jūs atzīmējāt noguruma pazīmes' }),
		).toContainText('116123');
		expect(await page.evaluate(() => Object.keys(sessionStorage).concat(Object.keys(localStorage)))).toEqual(
			[],
		);

		await page.reload();
		await expect(meaning(page)).toBeEnabled();
		await expect(meaning(page)).not.toBeChecked();
		await expect(pauses(page)).not.toBeChecked();
		await expect(meaningStep(page)).toHaveCount(0);
		await expect(pausesStep(page)).toHaveCount(0);
		await expect(page.getByText('Jūs atzīmējāt noguruma pazīmes')).toHaveCount(0);
	});

	test('the print view shows the ticked signs and their steps', async ({ page }) => {
		await page.goto(URL);
		await tickTwoByKeyboard(page);
		await page.emulateMedia({ media: 'print' });
		const sheet = page.locator('.checklist-print');
		await expect(sheet).toBeVisible();
		await expect(page.locator('.checklist-tool form')).toBeHidden();
		await expect(sheet).toContainText(
			/Palīdzēšana man vairs nešķiet jēgpilna \(Rokasgrāmata[^)]*\): atzīmēts/,
		);
		await expect(sheet).toContainText(/neieturu pauzes[^\n]*: atzīmēts/);
		await expect(sheet).toContainText(/Ieteikums: Atgriezieties pie jautājuma, kāpēc izvēlējāties šo darbu/);
		await expect(sheet).toContainText(/Ieteikums: Pat piecas minūtes ar kafijas krūzi/);
		await expect(sheet).toContainText(/Savas emocijas darbā parasti apspiežu[^\n]*: nav atzīmēts/);
		await expect(sheet).toContainText('Secinājums: Jūs atzīmējāt noguruma pazīmes');
	});

	test('two ticks in the same moment both count (a quick second tap does not undo the first)', async ({
		page,
	}) => {
		await page.goto(URL);
		await expect(meaning(page)).toBeEnabled();
		const boxes = [await meaning(page).elementHandle(), await pauses(page).elementHandle()];
		// Both clicks in one task: no re-render runs between them.
		await page.evaluate((els) => els.forEach((el) => (el as HTMLInputElement).click()), boxes);
		await expect(meaningStep(page)).toBeVisible();
		await expect(pausesStep(page)).toBeVisible();
		await expect(meaning(page)).toBeChecked();
		await expect(pauses(page)).toBeChecked();
	});

	test('lesson B1.2 embeds the self-check', async ({ page }) => {
		await page.goto('/kursi/ieslodzijums/kompetence-pienakumi-izdegsana/');
		const section = page.locator('.checklist-tool[data-tool="izdegsanas-pasparbaude"]');
		await section.scrollIntoViewIfNeeded();
		await expect(
			section.getByRole('checkbox', { name: /Palīdzēšana man vairs nešķiet jēgpilna/ }),
		).toBeEnabled();
	});
});
