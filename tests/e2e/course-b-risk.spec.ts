import { expect, test, type Page } from '@playwright/test';

// B2.7 embeds the suicide-risk checklist (<Tool id="pasnavibas-risks"/>). On the lesson page it keeps
// what it has on its own page: quick exit, the "supports, not replaces" note, the level with its
// reason, the next actions and the emergency number, and nothing is stored.
const LESSON = '/kursi/ieslodzijums/gariga-veseliba-un-pasnavibas-risks/';

test.beforeEach(async ({ page }) => {
	// Quick exit goes to a neutral outside page; serve a stub so the test needs no network.
	await page.route('https://www.google.com/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Neitrāla lapa</title>' }),
	);
});

async function press(page: Page, locator: ReturnType<Page['locator']>) {
	await locator.focus();
	await page.keyboard.press('Space');
}
async function openEmbedded(page: Page) {
	await page.goto(LESSON);
	const block = page.locator('.risk-block');
	await block.scrollIntoViewIfNeeded();
	await expect(block.getByRole('radio', { name: /Ieslodzījuma vietā/ })).toBeEnabled();
	return block;
}
async function answer(page: Page, q: string, a: 'Jā' | 'Nē' | 'Nav atbildes') {
	const radio = page.locator(`[data-question="${q}"]`).getByRole('radio', { name: a, exact: true });
	await press(page, radio);
	await expect(radio).toBeChecked();
}
const storage = (page: Page) =>
	page.evaluate(() => ({
		local: Object.entries(localStorage),
		session: Object.entries(sessionStorage),
		cookie: document.cookie,
		search: location.search,
		hash: location.hash,
	}));

test('the lesson embeds the checklist with quick exit and its limits', async ({ page }) => {
	const block = await openEmbedded(page);
	await expect(page.locator('.quick-exit')).toBeVisible();
	await expect(block.locator('.risk-notes')).toContainText(
		'atbalsta Jūsu profesionālo spriedumu, bet to neaizstāj',
	);
	await expect(page.locator('.risk-block')).toHaveCount(1);
	// Under the lesson's `##` section its headings are one level lower than on the tool page.
	await expect(block.getByRole('heading', { level: 3, name: 'Jautājumi', exact: true })).toBeVisible();
	await expect(block.getByRole('heading', { level: 3, name: 'Rezultāts', exact: true })).toBeVisible();
	// Its own source list sits beside the lesson's „Avoti" with a different id.
	await expect(page.locator('#avots')).toHaveCount(1);
	await expect(block.locator('#riska-saraksta-avoti')).toHaveText('Sarunas saraksta avoti');
});

test('an answer shows the level with its reason, next actions and the emergency number', async ({ page }) => {
	const block = await openEmbedded(page);
	await press(page, block.getByRole('radio', { name: /Ieslodzījuma vietā/ }));
	await answer(page, 'q1', 'Jā');
	await answer(page, 'q2', 'Jā');
	await answer(page, 'q3', 'Jā');
	await answer(page, 'q4', 'Jā');
	await answer(page, 'q5', 'Nē');
	await answer(page, 'q6', 'Nē');
	await expect(block.locator('.risk-level')).toContainText('Augsts risks');
	await expect(block.locator('.risk-why')).toContainText('nodoms rīkoties');
	await expect(block.locator('[data-phase="tulit"] li').first()).toBeVisible();
	await expect(block.locator('[data-action="iev-augsts-nodot"]')).toContainText('neatstājiet personu vienu');
	await expect(block.locator('.risk-result').getByRole('link', { name: '112' }).first()).toBeVisible();
});

test('nothing is stored: a reload empties the embedded checklist', async ({ page }) => {
	const block = await openEmbedded(page);
	const before = await storage(page);
	await press(page, block.getByRole('radio', { name: /Pašvaldībā/ }));
	await answer(page, 'q1', 'Jā');
	await answer(page, 'q2', 'Jā');
	await expect(page.locator('[data-question="q3"]')).toBeVisible();
	const during = await storage(page);
	expect(during).toEqual(before);
	expect(JSON.stringify(during)).not.toMatch(/q1|q2|pasvaldiba|screening/);
	await page.reload();
	const again = page.locator('.risk-block');
	await again.scrollIntoViewIfNeeded();
	await expect(again.getByRole('radio', { name: /Pašvaldībā/ })).toBeEnabled();
	await expect(again.getByRole('radio', { name: /Pašvaldībā/ })).not.toBeChecked();
	await expect(
		page.locator('[data-question="q1"]').getByRole('radio', { name: 'Jā', exact: true }),
	).not.toBeChecked();
	await expect(page.locator('[data-question="q3"]')).toHaveCount(0);
});
