import { expect, test, type Page } from '@playwright/test';

const TOOL = '/riki/pozitiva-sadarbiba/';
const LESSON = '/kursi/ieslodzijums/konsultesanas-pieejas/';
const ITEMS = [
	'ciena-objektivitate',
	'velme-palidzet',
	'ticiba-parmainam',
	'tolerance-un-stingriba',
	'profesionala-etika',
	'piezemetas-ambicijas',
];
const radio = (page: Page, item: string, value: string) =>
	page.locator(`input[type=radio][name="pozitiva-sadarbiba-${item}"][value="${value}"]`);
const ADVICE = /Nelietojiet apsūdzošus formulējumus/;

/** Presses Tab until a radio of `item` has focus (citation markers in the legends are focusable too). */
async function tabTo(page: Page, item: string) {
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
		if (name === `pozitiva-sadarbiba-${item}`) return;
	}
	throw new Error(`Tab never reached ${item}`);
}

/** Rates every element by keyboard: the first "daļēji" (arrow key), the rest "izdevās" (space). */
async function completeByKeyboard(page: Page) {
	await page.goto(TOOL);
	await expect(radio(page, ITEMS[0]!, 'izdevas')).toBeEnabled();
	await radio(page, ITEMS[0]!, 'izdevas').focus();
	await page.keyboard.press('ArrowDown');
	await expect(radio(page, ITEMS[0]!, 'daleji')).toBeChecked();
	for (const item of ITEMS.slice(1)) {
		await tabTo(page, item);
		await page.keyboard.press('Space');
		await expect(radio(page, item, 'izdevas')).toBeChecked();
	}
}

test.describe('positive-cooperation self-check', () => {
	test('completed by keyboard, the summary shows the behaviours for a "daļēji" element', async ({ page }) => {
		await completeByKeyboard(page);
		const tool = page.locator('.checklist-tool');
		await expect(tool.locator('.callout', { hasText: ADVICE })).toBeVisible();
		// Only the element rated "daļēji" shows its behaviours.
		await expect(tool.locator('form .callout')).toHaveCount(1);
		await expect(tool.getByRole('status').filter({ hasText: 'supervīzijā' })).toBeVisible();
	});

	test('the print view shows the summary and hides the controls', async ({ page }) => {
		await completeByKeyboard(page);
		await page.emulateMedia({ media: 'print' });
		const printed = page.locator('.checklist-print');
		await expect(printed).toBeVisible();
		await expect(printed).toContainText('Cieņa un objektivitāte');
		await expect(printed).toContainText(': Daļēji');
		await expect(printed).toContainText(ADVICE);
		await expect(page.locator('.checklist-tool form')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Kopēt kā tekstu' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Saglabāt šajā ierīcē' })).toBeHidden();
	});

	test('"copy" puts the ratings and the behaviours on the clipboard as plain text', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await completeByKeyboard(page);
		await page.getByRole('button', { name: 'Kopēt kā tekstu' }).click();
		await expect(page.getByText('Nokopēts: ielīmējiet to gadījuma piezīmēs.')).toBeVisible();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text.startsWith('Pozitīvas sadarbības pašpārbaude\n')).toBe(true);
		expect(text).toMatch(/- Cieņa un objektivitāte: .*: Daļēji\n {2}Ieteikums: Nelietojiet apsūdzošus/);
		expect(text).toMatch(/- Piezemētas ambīcijas: .*: Izdevās\n/);
		expect(text).toContain('(Rokasgrāmata, 2.3.)');
		expect(text).not.toContain('[@');
	});

	test('kept in the tab only: a reload keeps the ratings, a new context starts empty', async ({ page, browser }) => {
		await completeByKeyboard(page);
		await page.reload();
		await expect(radio(page, ITEMS[0]!, 'daleji')).toBeChecked();
		await expect(radio(page, ITEMS[5]!, 'izdevas')).toBeChecked();
		expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('pozitiva')))).toEqual([]);

		const other = await browser.newContext();
		const fresh = await other.newPage();
		await fresh.goto(TOOL);
		await expect(radio(fresh, ITEMS[0]!, 'izdevas')).toBeEnabled();
		await expect(fresh.locator('.checklist-tool input:checked')).toHaveCount(0);
		await other.close();
	});

	test('saved on the device only when asked, after a warning', async ({ page, context }) => {
		await completeByKeyboard(page);
		await page.getByRole('button', { name: 'Saglabāt šajā ierīcē' }).click();
		await expect(page.getByText(/var redzēt ikviens, kas lieto šo ierīci/)).toBeVisible();
		await page.getByRole('button', { name: 'Saprotu, saglabāt' }).click();
		await expect(page.getByText('Saglabāts šajā ierīcē.')).toBeVisible();

		// A new tab has no tab copy, but offers the device copy.
		const second = await context.newPage();
		await second.goto(TOOL);
		await expect(radio(second, ITEMS[0]!, 'izdevas')).toBeEnabled();
		await expect(second.locator('.checklist-tool input:checked')).toHaveCount(0);
		await second.getByRole('button', { name: /Ielādēt ierīcē saglabāto/ }).click();
		await expect(radio(second, ITEMS[0]!, 'daleji')).toBeChecked();
		await second.getByRole('button', { name: 'Dzēst no ierīces' }).click();
		expect(await second.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('pozitiva')))).toEqual([]);
	});

	test('the lesson embeds the self-check and says the algorithm has no steps', async ({ page }) => {
		await page.goto(LESSON);
		await expect(page.getByText('Algoritms bez soļiem')).toBeVisible();
		const tool = page.locator('.checklist-tool[data-tool="pozitiva-sadarbiba"]');
		await tool.scrollIntoViewIfNeeded();
		await expect(radio(page, ITEMS[0]!, 'neizdevas')).toBeEnabled();
		await radio(page, ITEMS[0]!, 'neizdevas').check();
		await expect(tool.locator('.callout', { hasText: ADVICE })).toBeVisible();
	});
});
