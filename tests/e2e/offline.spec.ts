import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

/** Whether each URL is in the service worker's caches. */
const cached = (page: Page, urls: string[]) =>
	page.evaluate((list) => Promise.all(list.map((u) => caches.match(u).then(Boolean))), urls);

/** Waits until everything the worker keeps from the second page view on is cached. */
async function keptForReturn(page: Page) {
	const later = await page.evaluate(async () => {
		const sw = await (await fetch('/sw.js')).text();
		return (JSON.parse(/const LATER = (\[.*?\]);/s.exec(sw)![1]!) as { url: string }[]).map((e) => e.url);
	});
	expect(later).toContain('/riki/drosibas-plans/');
	await expect
		.poll(async () => (await cached(page, later)).filter((x) => !x).length, { timeout: 60_000 })
		.toBe(0);
}

test('the first visit keeps the directory list; from the second page view the tools and visited lessons work without a network', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The first visit keeps little: the directory list with every phone, not yet the tools.
	expect(await cached(page, ['/resursi/', '/bezsaiste/', '/riki/drosibas-plans/', '/'])).toEqual([
		true,
		true,
		false,
		false,
	]);
	// The second page view: a lesson visited while online is kept, and the tools follow.
	await page.goto('/kursi/vardarbiba/drosibas-plans/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drošības plāns');
	await keptForReturn(page);

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

	// The directory's list page, with every service's phone, is kept from the first visit.
	await page.goto('/resursi/');
	await expect(page.getByRole('link', { name: /116123/ }).first()).toBeVisible();

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
	await keptForReturn(page);
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

test('"Saglabāt visu lietošanai bezsaistē" says the size, shows progress, and then a page never visited opens offline', async ({
	page,
	context,
}) => {
	await page.goto('/par/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The control hydrates when its section comes into view.
	await page.locator('#bezsaiste').scrollIntoViewIfNeeded();
	const save = page.getByRole('button', {
		name: /^Saglabāt visu lietošanai bezsaistē \(\d+(,\d)? (kB|MB)\)$/,
	});
	await save.click();
	await expect(page.getByText(/^Viss saglabāts \(\d+ lapas\)/)).toBeVisible({ timeout: 60_000 });
	await expect(save).toBeHidden();

	await context.setOffline(true);
	// Never visited: a lesson, a directory entry and a scenario.
	await page.goto('/kursi/vardarbiba/ieteikumi-darbam/');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Jūs esat bezsaistē');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/.+/);
	await page.goto('/resursi/krizes-talrunis-116123/');
	await expect(page.getByRole('link', { name: '116123' }).first()).toBeVisible();
	// Its islands work offline too: the knowledge check answers.
	await page.goto('/kursi/vardarbiba/drosibas-plans/');
	const check = page.locator('section.kc');
	await check.scrollIntoViewIfNeeded();
	const q = check.locator('fieldset').first();
	await q.getByRole('radio').first().check();
	await q.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
	await expect(q.locator('.feedback')).toContainText(/Pareizi\.|Nav pareizi\./);
});

test('offline, search marks the results whose page is not kept on this device', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await keptForReturn(page);
	await page.goto('/kursi/vardarbiba/drosibas-plans/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drošības plāns');

	await context.setOffline(true);
	await page.goto('/meklet/?q=drosibas+plans');
	const results = page.locator('.search-results > li');
	await expect(results.first()).toBeVisible();
	// The tool and the visited lesson are kept; a lesson never opened is marked.
	const tool = results.filter({ has: page.locator('a[href="/riki/drosibas-plans/"]') });
	await expect(tool.first()).toBeVisible();
	await expect(tool.first().getByText('Bezsaistē nav pieejams')).toHaveCount(0);
	const lesson = results.filter({ has: page.locator('a[href^="/kursi/vardarbiba/drosibas-plans/"]') });
	await expect(lesson.first().getByText('Bezsaistē nav pieejams')).toHaveCount(0);
	const away = results.filter({ hasText: 'Bezsaistē nav pieejams' });
	await expect(away.first()).toBeVisible();
	const href = (await away.first().locator('a').getAttribute('href'))!;
	expect(href.startsWith('/kursi/vardarbiba/drosibas-plans/')).toBe(false);
	expect(href.startsWith('/riki/')).toBe(false);
});
