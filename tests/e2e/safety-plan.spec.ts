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

async function fillPlan(page: Page) {
	await page.getByRole('button', { name: /3\. Rīcība krīzē/ }).click();
	await expect(page.getByRole('heading', { name: /3\. daļa/ })).toBeFocused();
	await page.getByLabel('Izejas plāns').fill('Pa kāpnēm uz kaimiņiem otrajā stāvā');
	await page.getByRole('checkbox', { name: 'dokumenti' }).check();
	await page.getByRole('checkbox', { name: 'nauda' }).check();
}
