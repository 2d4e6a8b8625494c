import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('after the first visit, the tools, the directory and visited lessons work without a network', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// A lesson visited while online is kept for offline use.
	await page.goto('/kursi/vardarbiba/drosibas-plans/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drošības plāns');

	await context.setOffline(true);
	await page.goto('/riki/drosibas-plans/');
	await page.getByRole('button', { name: /3\. Rīcība krīzē/ }).click();
	await page.getByLabel('Izejas plāns').fill('Pa sētas durvīm');
	await expect(page.getByLabel('Izejas plāns')).toHaveValue('Pa sētas durvīm');

	await page.goto('/riki/algoritms/policijas-zinojums/');
	await page
		.locator('.stepper')
		.getByRole('button', { name: /ziņojumā ir tālrunis/ })
		.click();
	await page.getByLabel('Ziņojuma saņemšanas datums').fill('2026-11-17');
	await expect(page.getByText('Jāsazinās ne vēlāk kā 23.11.2026.')).toBeVisible();

	await page.goto('/resursi/krizes-talrunis-116123/');
	await expect(page.getByRole('link', { name: '116123' }).first()).toBeVisible();

	await page.goto('/kursi/vardarbiba/drosibas-plans/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drošības plāns');
	await expect(page.getByText(/Saturs atjaunināts/)).toBeVisible();
});

test('a page never visited, opened offline, shows the Latvian offline page listing what is cached', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload(); // now controlled by the service worker, so lessons opened next are kept
	await page.goto('/kursi/vardarbiba/drosibas-plans/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drošības plāns');
	await page.goto('/kursi/vardarbiba/gadijuma-vadiba-un-sadarbiba/');
	const second = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

	await context.setOffline(true);
	await page.goto('/kursi/vardarbiba/ieteikumi-darbam/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jūs esat bezsaistē');
	await expect(page).toHaveURL(/\/kursi\/vardarbiba\/ieteikumi-darbam\/$/);
	const lessons = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: 'Jūsu atvērtās nodarbības' }) });
	await expect(lessons.getByRole('link')).toHaveText(
		['Drošības plāns', second].sort((a, b) => a.localeCompare(b, 'lv')),
	);
	const tools = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Rīki' }) });
	await expect(tools.getByRole('link', { name: 'Drošības plāns' })).toBeVisible();
	const directory = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: 'Pakalpojumu katalogs' }) });
	await expect(directory.getByRole('link').first()).toBeVisible();

	// A listed lesson opens from the cache.
	await lessons.getByRole('link', { name: second }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
});
