import { expect, test, type Page } from '@playwright/test';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

test.describe('search', () => {
	test('"/" opens the dialog; a query without diacritics finds a lesson section on suicide risk and lands on its heading', async ({
		page,
	}) => {
		await page.goto('/');
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Meklēt vietnē' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('searchbox').fill('pasnavibas');
		const lessonHit = dialog.locator('.search-results a[href^="/kursi/"]').first();
		await expect(lessonHit).toBeVisible();
		// The folded query is highlighted in the text with its diacritics.
		await expect(dialog.locator('.search-results mark', { hasText: /^pašnāv/i }).first()).toBeVisible();
		// Arrow down through the results (keyboard only) until the first lesson section is focused.
		await dialog.getByRole('searchbox').press('ArrowDown');
		for (let i = 0; i < 8 && !(await lessonHit.evaluate((a) => a === document.activeElement)); i++)
			await page.keyboard.press('ArrowDown');
		await expect(lessonHit).toBeFocused();
		const href = (await lessonHit.getAttribute('href'))!;
		expect(href).toMatch(/^\/kursi\/[a-z]+\/[^#]+\/#.+/);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(href);
		await expectSectionMentions(page, href.split('#')[1]!, 'pasnavib');
	});

	test('the results page finds "krizes dzivoklis" and links to that section', async ({ page }) => {
		await page.goto('/meklet/?q=krizes+dzivoklis');
		const first = page
			.locator('.search-results li')
			.filter({ has: page.locator('a[href^="/kursi/"]') })
			.first();
		await expect(first).toContainText(/Krīzes dzīvokl/i);
		const href = (await first.locator('a').getAttribute('href'))!;
		await page.goto(href);
		await expectSectionMentions(page, href.split('#')[1]!, 'krizes dzivokl');
	});

	test('the results page shows ten results at a time („Rādīt vēl”) and fetches only the parts of the index its query needs', async ({
		page,
	}) => {
		const fetched: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.startsWith('/search/')) fetched.push(path);
		});
		await page.goto('/meklet/?q=vardarbiba');
		const results = page.locator('.search-results > li');
		await expect(results).toHaveCount(10);
		await expect(page.getByRole('status')).toHaveText(/^Rādīti 10 no \d+$/);
		// The core, a shard or two for one word, the fragments of ten results: not the whole index.
		const core = await (await page.request.get('/search/core.json')).json();
		expect(fetched[0]).toBe('/search/core.json');
		const shards = fetched.filter((f) => f.startsWith('/search/t-'));
		const fragments = fetched.filter((f) => f.startsWith('/search/f-'));
		expect(shards.length).toBeGreaterThanOrEqual(1);
		expect(shards.length).toBeLessThan(core.shards.files.length / 4);
		expect(fragments.length).toBeGreaterThanOrEqual(1);
		expect(fragments.length).toBeLessThanOrEqual(10);

		const more = page.getByRole('button', { name: /^Rādīt vēl \d+$/ });
		await more.click();
		await expect(results).toHaveCount(20);
		await expect(page.getByRole('status')).toHaveText(/^Rādīti 20 no \d+$/);
		// Focus moves to the first result added, so a keyboard user reads on from there.
		await expect(results.nth(10).locator('a')).toBeFocused();
	});

	test('an abbreviation finds its full form (PAPV → pagaidu aizsardzība pret vardarbību)', async ({
		page,
	}) => {
		await page.goto('/meklet/?q=papv');
		await expect(page.locator('.search-results li').first()).toBeVisible();
		await expect(page.locator('.search-results')).toContainText(/pagaidu aizsardzīb/i);
	});

	test('Escape closes the dialog and returns focus to the search button', async ({ page }) => {
		await page.goto('/riki/');
		await page.getByRole('button', { name: /Meklēt/ }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(page.getByRole('button', { name: /Meklēt/ })).toBeFocused();
	});

	test('a nonsense query says nothing was found', async ({ page }) => {
		await page.goto('/meklet/?q=qqxxzzvv');
		await expect(page.getByText('Nekas netika atrasts.', { exact: false })).toBeVisible();
	});
});

/** The heading with this id, or the text up to the next heading, mentions the folded word. */
async function expectSectionMentions(page: Page, id: string, word: string) {
	const heading = page.locator(`[id="${id}"]`);
	await expect(heading).toBeVisible();
	const text = await heading.evaluate((h) => {
		let s = h.textContent ?? '';
		for (let el = h.nextElementSibling; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling)
			s += ' ' + el.textContent;
		return s;
	});
	expect(fold(text)).toContain(word);
}
