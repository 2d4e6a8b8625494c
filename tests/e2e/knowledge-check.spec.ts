import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';

const LESSON = '/kursi/vardarbiba/kapec-atsakas-no-palidzibas/';
const FILE = 'content/lessons/vardarbiba/kapec-atsakas-no-palidzibas.mdx';
type Question = { id: string; question: string; options: { text: string; correct?: boolean }[] };
const questions = (
	parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(FILE, 'utf8'))![1]!) as { check: Question[] }
).check;

test('answering a knowledge check shows feedback and the result appears in my progress', async ({ page }) => {
	await page.goto(LESSON);
	const check = page.locator('section.kc');
	// The check hydrates when the reader nears it (issue 12), as a reader scrolling down does.
	await check.scrollIntoViewIfNeeded();
	const questions = check.locator('fieldset');
	const n = await questions.count();
	expect(n).toBeGreaterThanOrEqual(3);
	for (let i = 0; i < n; i++) {
		const q = questions.nth(i);
		await q.getByRole('radio').first().check();
		await q.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
		await expect(q.locator('.feedback')).toContainText(/Pareizi\.|Nav pareizi\./);
	}
	await expect(check.getByText(new RegExp(`Pirmo mēģinājumu rezultāts: \\d+ no ${n}`))).toBeVisible();
	const score = (await check.getByText(/Pirmo mēģinājumu rezultāts:/).textContent())!.match(
		/rezultāts: (\d+)/,
	)![1];

	const markDone = page.getByRole('button', { name: 'Atzīmēt kā pabeigtu' });
	await markDone.scrollIntoViewIfNeeded();
	await markDone.click();
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
	await page.evaluate(() => {
		localStorage.setItem('pc:progress:v2', '{not json');
		localStorage.setItem('pc:progress:v1', '{"v":1,"lessons":');
	});
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

test('a retried question does not raise the stored score; the correct option is shown after an answer', async ({
	page,
}) => {
	await page.goto(LESSON);
	const check = page.locator('section.kc');
	// The check hydrates when the reader nears it (issue 12), as a reader scrolling down does.
	await check.scrollIntoViewIfNeeded();
	const n = questions.length;
	for (const [i, q] of questions.entries()) {
		const field = check.locator(`fieldset[data-question="${q.id}"]`);
		const right = q.options.find((o) => o.correct)!;
		const wrong = q.options.find((o) => !o.correct)!;
		// The first question is answered wrongly first, the rest correctly.
		await field.getByRole('radio', { name: (i === 0 ? wrong : right).text, exact: true }).check();
		await field.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
		if (i === 0) {
			await expect(field.locator('.feedback')).toContainText('Nav pareizi.');
			await expect(field.locator('.feedback')).toContainText(`Pareizā atbilde: ${right.text}`);
			await expect(field.locator('label.kc-correct')).toContainText(right.text);
		}
	}
	const result = check.getByText(/Pirmo mēģinājumu rezultāts:/);
	await expect(result).toHaveText(`Pirmo mēģinājumu rezultāts: ${n - 1} no ${n}`);

	// Practice: retry the first question and answer it correctly.
	const first = check.locator(`fieldset[data-question="${questions[0]!.id}"]`);
	await first.getByRole('button', { name: 'Mēģināt vēlreiz šo jautājumu' }).click();
	const right0 = questions[0]!.options.find((o) => o.correct)!;
	await first.getByRole('radio', { name: right0.text, exact: true }).check();
	await first.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
	await expect(first.locator('.feedback')).toContainText('Pareizi.');
	await expect(first.locator('.feedback')).toContainText('Prakses mēģinājums: rezultāts netiek mainīts.');
	await expect(result).toHaveText(`Pirmo mēģinājumu rezultāts: ${n - 1} no ${n}`);
	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pc:progress:v2')!));
	expect(stored.v).toBe(2);
	expect(stored.checks['vardarbiba/kapec-atsakas-no-palidzibas'].first[questions[0]!.id].correct).toBe(false);

	// After a reload, answering again is practice too.
	await page.reload();
	await expect(result).toHaveText(`Pirmo mēģinājumu rezultāts: ${n - 1} no ${n}`);
	const again = check.locator(`fieldset[data-question="${questions[0]!.id}"]`);
	await again.getByRole('radio', { name: right0.text, exact: true }).check();
	await again.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
	await expect(again.locator('.feedback')).toContainText('Prakses mēģinājums');
	await expect(result).toHaveText(`Pirmo mēģinājumu rezultāts: ${n - 1} no ${n}`);

	await page.goto('/progress/');
	await expect(page.getByRole('listitem').filter({ hasText: `${n - 1} no ${n}` })).toBeVisible();
});

test('the server HTML and the island show the options in the same, computed order', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(LESSON);
	const serverOrder = await page.locator('section.kc fieldset').first().locator('label').allTextContents();
	await context.close();
	const live = await browser.newPage();
	await live.goto(LESSON);
	await live.locator('section.kc').scrollIntoViewIfNeeded();
	await expect(live.getByRole('button', { name: 'Pārbaudīt atbildi' }).first()).toBeAttached();
	await expect(live.locator('section.kc input[type=radio]').first()).toBeEnabled();
	expect(await live.locator('section.kc fieldset').first().locator('label').allTextContents()).toEqual(
		serverOrder,
	);
	await live.close();
});

test('a version-1 progress export from the earlier site imports, and its results are marked as earlier', async ({
	page,
}) => {
	await page.goto('/progress/');
	await expect(page.getByRole('button', { name: 'Lejupielādēt progresu (JSON)' })).toBeEnabled();
	await page.locator('#progress-import').setInputFiles('tests/fixtures/progress/v1-export.json');
	await expect(page.getByText('Progress ielādēts.')).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: '4 no 5 (rezultāts no iepriekšējās vietnes versijas)' }),
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Kāpēc cietušie atsakās no palīdzības' }).first(),
	).toBeVisible();
});
