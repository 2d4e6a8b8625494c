import { expect, test } from '@playwright/test';

const LESSON = '/kursi/vardarbiba/kapec-atsakas-no-palidzibas/';

test('answering a knowledge check shows feedback and the result appears in my progress', async ({ page }) => {
	await page.goto(LESSON);
	const check = page.locator('section.kc');
	const questions = check.locator('fieldset');
	const n = await questions.count();
	expect(n).toBeGreaterThanOrEqual(3);
	for (let i = 0; i < n; i++) {
		const q = questions.nth(i);
		await q.getByRole('radio').first().check();
		await q.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
		await expect(q.locator('.feedback')).toContainText(/Pareizi\.|Nav pareizi\./);
	}
	await expect(check.getByText(new RegExp(`Rezultāts: \\d+ no ${n}`))).toBeVisible();
	const score = (await check.getByText(/Rezultāts:/).textContent())!.match(/Rezultāts: (\d+)/)![1];

	await page.getByRole('button', { name: 'Atzīmēt kā pabeigtu' }).click();
	await expect(page.getByText('Nodarbība atzīmēta kā pabeigta')).toBeVisible();

	await page.goto('/progress/');
	await expect(page.getByRole('listitem').filter({ hasText: `${score} no ${n}` })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nodarbības' })).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Kāpēc cietušie atsakās no palīdzības' }).first(),
	).toBeVisible();

	await page.goto('/kursi/vardarbiba/');
	await expect(page.getByText(/Pabeigtas 1 no \d+ nodarbībām/)).toBeVisible();
});

test('questions and options are readable without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(LESSON);
	const first = page.locator('section.kc fieldset').first();
	await expect(first.locator('legend')).not.toBeEmpty();
	expect(await first.getByRole('radio').count()).toBeGreaterThanOrEqual(2);
	await context.close();
});

test('corrupt stored progress does not break pages', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('pc:progress:v1', '{not json'));
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/progress/');
	await expect(page.getByRole('heading', { name: 'Zināšanu pārbaudes' })).toBeVisible();
	await page.goto('/kursi/vardarbiba/');
	await expect(page.getByText(/Pabeigtas 0 no/)).toBeVisible();
	expect(errors).toEqual([]);
});

test('progress can be exported and imported as a file', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() =>
		localStorage.setItem(
			'pc:progress:v1',
			JSON.stringify({
				v: 1,
				lessons: { 'vardarbiba/drosibas-plans': '2026-11-20T10:00:00Z' },
				checks: {},
				scenarios: {},
			}),
		),
	);
	await page.goto('/progress/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Lejupielādēt progresu (JSON)' }).click();
	const file = await (await download).path();
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Dzēst visu progresu' }).click();
	await expect(page.getByText('Progress dzēsts.')).toBeVisible();
	await page.locator('#progress-import').setInputFiles(file);
	await expect(page.getByText('Progress ielādēts.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Drošības plāns' })).toBeVisible();
});
