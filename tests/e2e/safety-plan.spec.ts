import { expect, test, type Page } from '@playwright/test';

const PLAN = '/riki/drosibas-plans/';

test.beforeEach(async ({ page }) => {
	// Quick exit goes to a neutral outside page; serve a stub so the test needs no network.
	await page.route('https://www.google.com/**', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><title>Neitrāla lapa</title><p>neitrāla</p>',
		}),
	);
});

test('fills the plan, prints it, and quick exit wipes it and replaces the history entry', async ({
	page,
}) => {
	await page.goto('/');
	await page.goto(PLAN);
	await fillPlan(page);

	await page.emulateMedia({ media: 'print' });
	const printView = page.locator('.plan-print');
	await expect(printView).toBeVisible();
	await expect(printView).toContainText('Pa kāpnēm uz kaimiņiem otrajā stāvā');
	await expect(printView).toContainText('dokumenti, nauda');
	await expect(page.locator('.plan-form')).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(1000);
	await page.emulateMedia({ media: 'screen' });

	await page.getByRole('button', { name: /Ātri iziet/ }).click();
	await expect(page).toHaveURL('https://www.google.com/');
	await page.goBack();
	await expect(page).toHaveURL('/');
	await page.goto(PLAN);
	await page.getByRole('button', { name: /3\. Rīcība krīzē/ }).click();
	await expect(page.getByLabel('Izejas plāns')).toHaveValue('');
	await expect(page.getByRole('checkbox', { name: 'nauda' })).not.toBeChecked();
	expect(await page.evaluate(() => localStorage.getItem('pc:safety-plan:v1'))).toBeNull();
});

test('pressing Escape three times leaves the page at once', async ({ page }) => {
	await page.goto('/');
	await page.goto(PLAN);
	await fillPlan(page);
	await page.locator('h1').click();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL('https://www.google.com/');
	await page.goBack();
	await expect(page).toHaveURL('/');
});

test('stores nothing until the user saves after the warning, and clear-all removes it', async ({ page }) => {
	await page.goto(PLAN);
	await fillPlan(page);
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('safety')))).toEqual(
		[],
	);

	await page.getByRole('button', { name: 'Saglabāt šajā ierīcē' }).click();
	const dialog = page.getByRole('dialog', { name: 'Pirms saglabājat šajā ierīcē' });
	await expect(dialog).toContainText('vardarbīgo personu');
	await dialog.getByRole('button', { name: 'Saprotu, saglabāt' }).click();
	expect(await page.evaluate(() => localStorage.getItem('pc:safety-plan:v1'))).toContain('kaimiņiem');

	await page.reload();
	await page.getByRole('button', { name: /3\. Rīcība krīzē/ }).click();
	await expect(page.getByLabel('Izejas plāns')).toHaveValue('');
	await page.getByRole('button', { name: 'Atvērt saglabāto plānu' }).click();
	await expect(page.getByLabel('Izejas plāns')).toHaveValue('Pa kāpnēm uz kaimiņiem otrajā stāvā');

	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Notīrīt visu' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Visi lauki notīrīti.' })).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('pc:safety-plan:v1'))).toBeNull();
});

test('the plan works by keyboard alone', async ({ page }) => {
	await page.goto(PLAN);
	const next = page.getByRole('button', { name: 'Nākamā daļa →' });
	await expect(next).toBeEnabled();
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /2\. daļa/ })).toBeFocused();
});

test('warns before leaving while the plan holds text; staying keeps the text', async ({ page }) => {
	await page.goto(PLAN);
	await fillPlan(page);
	const dialog = page.waitForEvent('dialog');
	// A normal link; the browser asks "Leave site?" first.
	void page
		.getByRole('navigation', { name: 'Galvenā navigācija' })
		.getByRole('link', { name: 'Resursi' })
		.click();
	const d = await dialog;
	expect(d.type()).toBe('beforeunload');
	await d.dismiss();
	await expect(page).toHaveURL(PLAN);
	await expect(page.getByLabel('Izejas plāns')).toHaveValue('Pa kāpnēm uz kaimiņiem otrajā stāvā');
});

test('quick exit leaves at once even while the plan holds text: no "Leave site?" prompt', async ({
	page,
}) => {
	await page.goto(PLAN);
	await fillPlan(page);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.type());
		void d.dismiss(); // a prompt, if any, would be refused: the exit must not depend on it
	});
	await page.getByRole('button', { name: /Ātri iziet/ }).click();
	await expect(page).toHaveURL('https://www.google.com/');
	expect(dialogs).toEqual([]);
});

test('after leaving by a normal link and coming Back, the plan shows an empty form', async ({ page }) => {
	await page.goto(PLAN);
	await fillPlan(page);
	await page.getByLabel('Klienta vārds (nav obligāts)').fill('Anna');
	page.on('dialog', (d) => void d.accept());
	await page
		.getByRole('navigation', { name: 'Galvenā navigācija' })
		.getByRole('link', { name: 'Resursi' })
		.click();
	await expect(page).toHaveURL('/resursi/');
	await page.goBack();
	await expect(page).toHaveURL(PLAN);
	await expect(page.getByLabel('Klienta vārds (nav obligāts)')).toHaveValue('');
	await page.getByRole('button', { name: /3\. Rīcība krīzē/ }).click();
	await expect(page.getByLabel('Izejas plāns')).toHaveValue('');
	await expect(page.getByRole('checkbox', { name: 'nauda' })).not.toBeChecked();
});

test('says plainly what loses the plan, and its links open in a new tab', async ({ page }) => {
	await page.goto(PLAN);
	await expect(
		page.getByText(/pārlādējat lapu, aizejat no tās vai ja tālrunis fonā aizver cilni/),
	).toBeVisible();
	await expect(page.getByRole('link', { name: /Nodarbība: kā sastādīt drošības plānu/ })).toHaveAttribute(
		'target',
		'_blank',
	);
	await expect(page.getByText(/Iepriekšējās šīs vietnes lapas paliek pārlūka vēsturē/)).toBeAttached();
});

async function fillPlan(page: Page) {
	await page.getByRole('button', { name: /3\. Rīcība krīzē/ }).click();
	await expect(page.getByRole('heading', { name: /3\. daļa/ })).toBeFocused();
	await page.getByLabel('Izejas plāns').fill('Pa kāpnēm uz kaimiņiem otrajā stāvā');
	await page.getByRole('checkbox', { name: 'dokumenti' }).check();
	await page.getByRole('checkbox', { name: 'nauda' }).check();
}
