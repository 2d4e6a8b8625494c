import { expect, test, type Page } from '@playwright/test';

const LESSON = '/kursi/ieslodzijums/sociala-darba-process/';
const TOOL = '/riki/pirma-tiksanas/';
const SAFE = 'Droša sadarbības vide';
const SAFE_ITEMS = [
	/Izstāstīju konfidencialitātes robežas/,
	/Vienojāmies par abiem pieņemamiem/,
	/Atklāti pateicu, kāds atbalsts/,
	/Izskaidroju sociālā darbinieka un klienta tiesības/,
	/Cilvēks zina, ka var atteikties/,
];

const tool = (page: Page) => page.locator('[data-tool="pirma-tiksanas"]');
const section = (page: Page, title: string) =>
	tool(page).locator('section').filter({ has: page.getByRole('heading', { name: title }) });

/** Ticks every item of the "safe environment" section with the keyboard only (Space on the focused box). */
async function tickSafeByKeyboard(page: Page) {
	const first = tool(page).getByRole('checkbox', { name: SAFE_ITEMS[0] });
	await expect(first).toBeEnabled(); // hydrated
	await first.focus();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	for (const name of SAFE_ITEMS.slice(1)) {
		// Tab passes the item's citation markers (buttons) before reaching the next box.
		const box = tool(page).getByRole('checkbox', { name });
		for (let i = 0; i < 6 && !(await box.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(box).toBeFocused();
		await page.keyboard.press('Space');
		await expect(box).toBeChecked();
	}
}

test('lesson B1.4 embeds the first-meeting checklist; keyboard ticks show progress, advice and the outcome', async ({
	page,
}) => {
	await page.goto(LESSON);
	await expect(page.getByRole('heading', { level: 2, name: 'Trīs pamatmetodes' })).toBeVisible();
	// Table 2 is a real table with the three methods as columns.
	const table = page.locator('table').filter({ hasText: 'Gadījuma vadīšana (case management)' });
	await expect(table.getByRole('columnheader')).toHaveCount(4);

	// The island hydrates when near: scroll it into view first.
	await tool(page).scrollIntoViewIfNeeded();
	await expect(tool(page).getByText('Atzīmētais netiek nekur saglabāts', { exact: false })).toBeVisible();
	const safe = section(page, SAFE);
	await expect(safe.getByText('Atbildēts: 0 no 5')).toBeVisible();
	await expect(tool(page).getByText('Secinājums: Drošas sadarbības pamats')).toHaveCount(0);

	await tickSafeByKeyboard(page);

	await expect(safe.getByText('Atbildēts: 5 no 5')).toBeVisible();
	await expect(section(page, 'Attieksme').getByText('Atbildēts: 0 no 3')).toBeVisible();
	await expect(safe.locator('p.callout')).toContainText('Ieteikums: Nesoliet pilnīgu noslēpumu');
	await expect(tool(page).getByRole('status').first()).toContainText(
		'Secinājums: Drošas sadarbības pamats ir ielikts.',
	);
	// Citations show as reader markers, never as document codes or line numbers.
	await expect(tool(page)).not.toContainText(/@003|rindas \d/);

	// Unticking one by keyboard takes the outcome away again.
	await page.keyboard.press('Space');
	await expect(safe.getByText('Atbildēts: 4 no 5')).toBeVisible();
	await expect(tool(page).getByText('Secinājums: Drošas sadarbības pamats')).toHaveCount(0);

	// Nothing about the meeting is kept.
	expect(await page.evaluate(() => Object.keys(sessionStorage).concat(Object.keys(localStorage)))).toEqual([]);
});

test('/riki/pirma-tiksanas/ renders the same tool and empties on reload', async ({ page }) => {
	await page.goto(TOOL);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Pirmā tikšanās ar personu ieslodzījumā vai pēc tā',
	);
	for (const title of ['Attieksme', SAFE, 'Informācija un temps', 'Ja cilvēks pretojas'])
		await expect(tool(page).getByRole('heading', { name: title })).toBeVisible();
	await tickSafeByKeyboard(page);
	await expect(section(page, SAFE).getByText('Atbildēts: 5 no 5')).toBeVisible();
	await expect(tool(page).getByRole('status').first()).toContainText(
		'Secinājums: Drošas sadarbības pamats ir ielikts.',
	);
	await expect(page.getByRole('link', { name: /Sociālā darba process/ }).first()).toHaveAttribute(
		'href',
		LESSON,
	);

	await page.reload();
	await expect(tool(page).getByRole('checkbox', { name: SAFE_ITEMS[0] })).toBeEnabled();
	await expect(tool(page).getByRole('checkbox', { name: SAFE_ITEMS[0] })).not.toBeChecked();
	await expect(section(page, SAFE).getByText('Atbildēts: 0 no 5')).toBeVisible();
});
