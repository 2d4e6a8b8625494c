import { expect, test } from '@playwright/test';

// The resource directory as a practitioner uses it: finder by keyboard, filters in the URL,
// emergency numbers pinned, the no-JS grouped list, both prints and "Kopēt numuru".

const emergencyIds = [
	'neatliekama-palidziba-112',
	'valsts-policija-110',
	'neatliekama-mediciniska-palidziba-113',
];

test('search by keyboard, without diacritics, finds the entry; emergency numbers stay on top', async ({
	page,
}) => {
	await page.goto('/resursi/');
	const search = page.getByLabel('Meklēt katalogā');
	await search.focus();
	await page.keyboard.type('nakts patversme');
	const results = page.locator('#atrastie ~ .resource-group .resource-card');
	await expect(results.first()).toHaveAttribute('data-id', 'naktspatversme-patversme');
	await expect(page).toHaveURL(/\?q=nakts%20patversme/);
	// The emergency numbers are still listed first, in the order 112, 110, 113.
	const pinned = page.locator('.emergency .resource-card');
	await expect(pinned).toHaveCount(3);
	expect(await pinned.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(emergencyIds);
	// Tab from the search field reaches the first result link through the filters.
	await page.keyboard.press('Escape');
	await search.fill('');
	await search.pressSequentially('kur dabut personas apliecibu');
	await expect(results.first()).toHaveAttribute('data-id', 'personu-apliecinosi-dokumenti');
	await page.locator('.resource-card[data-id="personu-apliecinosi-dokumenti"] h3 a').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/resursi\/personu-apliecinosi-dokumenti\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Personas apliecība');
});

test('filters combine, show counts, are kept in the URL and survive a reload', async ({ page }) => {
	await page.goto('/resursi/');
	await page.locator('summary', { hasText: 'Veids' }).click();
	const vpd = page.locator('#f-kind-vpd-programma');
	await expect(vpd).toBeVisible();
	await expect(page.locator('label[for="f-kind-vpd-programma"] .meta')).toHaveText(/\(\d+\)/);
	await vpd.check();
	await page.locator('summary', { hasText: 'Kam paredzēts' }).click();
	await page.locator('#f-group-vardarbibas-veiceji').check();
	await expect(page).toHaveURL(/veids=vpd-programma/);
	await expect(page).toHaveURL(/grupa=vardarbibas-veiceji/);
	const ids = async () =>
		page
			.locator('.resource-group .resource-card')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
	const expected = [
		'vpd-cienpilnu-attiecibu-veidosana',
		'vpd-dzimumnoziedznieku-programmas',
		'vpd-emociju-menedzments',
	];
	await expect.poll(ids).toEqual(expected);
	await expect(page.getByRole('status').filter({ hasText: 'Atrasti 3 ieraksti' })).toBeVisible();
	await page.reload();
	await expect.poll(ids).toEqual(expected);
	await expect(page.locator('#f-kind-vpd-programma')).toBeChecked();
	// Emergency numbers remain on top under any filter.
	await expect(page.locator('.emergency .resource-card')).toHaveCount(3);
	// A shared link with a flag filter: only entries a source marks as 24/7.
	await page.goto('/resursi/?tikai=24-7');
	await expect
		.poll(ids)
		.toEqual(['krizes-talrunis-116123', 'skalbes-krizes-talruni', 'uzticibas-talrunis-116111']);
});

test('the perpetrators line is its own group, never among the victims lines', async ({ page }) => {
	await page.goto('/resursi/?grupa=cietusie');
	await expect(page.locator('.resource-card[data-id="atbalsta-talrunis-116006"]')).toBeVisible();
	await expect(page.locator('.resource-card[data-id="talrunis-vardarbibas-veicejiem-22045225"]')).toHaveCount(
		0,
	);
	await page.goto('/resursi/');
	const group = page.locator('.resource-group[data-kind="vardarbibas-veicejiem"]');
	await expect(group.locator('.resource-card')).toHaveCount(1);
	await expect(
		page.locator(
			'.resource-group[data-kind="krizes-talrunis"] [data-id="talrunis-vardarbibas-veicejiem-22045225"]',
		),
	).toHaveCount(0);
});

test('"Kopēt numuru" puts the number on the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/resursi/');
	await page.getByRole('button', { name: 'Kopēt numuru 116123' }).click();
	await expect(page.locator('.copy-status')).toHaveText('Numurs 116123 nokopēts.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('116123');
	// The entry page has the button too.
	await page.goto('/resursi/centrs-marta/');
	await page.getByRole('button', { name: 'Kopēt numuru 8000 2012' }).click();
	await expect(page.getByText('Numurs 8000 2012 nokopēts.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('8000 2012');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the directory is a grouped list with working phone links', async ({ page }) => {
		await page.goto('/resursi/');
		await expect(page.locator('.emergency .resource-card')).toHaveCount(3);
		const groups = page.locator('.resource-group h2');
		expect(await groups.count()).toBeGreaterThan(8);
		await expect(groups.first()).toContainText('Krīzes un emocionālā atbalsta tālruņi');
		await expect(page.locator('main a[href="tel:116123"]').first()).toBeVisible();
		// Controls that need JavaScript are not shown.
		await expect(page.getByLabel('Meklēt katalogā')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /Kopēt numuru/ })).toHaveCount(0);
		const total = await page.locator('.resource-card').count();
		expect(total).toBeGreaterThan(80);
	});
});

test('the worker print lists every phone, professional contacts marked', async ({ page }) => {
	await page.goto('/resursi/druka/darbiniekam/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('tr[data-id="rigas-centralcietums"]')).toContainText('67272464');
	await expect(page.locator('tr[data-id="rigas-centralcietums"]')).toContainText('speciālistiem');
	await expect(page.locator('tr[data-id="talrunis-vardarbibas-veicejiem-22045225"]')).toBeVisible();
	await expect(page.locator('section[data-kind]').first()).toHaveAttribute('data-kind', 'arkartas-numurs');
});

test('the client card has no professional contact and no perpetrators line', async ({ page }) => {
	await page.goto('/resursi/druka/klientam/');
	await page.emulateMedia({ media: 'print' });
	const ids = await page
		.locator('.client-lines > li')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
	expect(ids.slice(0, 3)).toEqual(emergencyIds);
	expect(ids).toContain('krizes-talrunis-116123');
	expect(ids).not.toContain('talrunis-vardarbibas-veicejiem-22045225');
	expect(ids).not.toContain('labklajibas-ministrija-bernu-un-gimenes-politika');
	expect(ids).not.toContain('ievp-resocializacijas-dala');
	expect(ids.filter((id) => /cietums|aien/.test(id ?? ''))).toEqual([]);
	const text = await page.locator('.client-card').innerText();
	for (const n of ['22045225', '67290248', '67272464', '67021558']) expect(text).not.toContain(n);
});

test('an entry page shows its source, dating, the overdue flag and who links to it', async ({ page }) => {
	await page.goto('/resursi/pabalsts-pamatvajadzibam-pec-atbrivosanas/');
	await expect(page.locator('.dating')).toHaveText('Datējums: pēc rokasgrāmatas (ap 2022. g.)');
	await expect(page.locator('.stale')).toBeVisible();
	await expect(page.getByText('Pārbaudiet aktuālo informāciju', { exact: false }).first()).toBeVisible();
	await page.goto('/resursi/ilguciema-cietums/');
	await expect(page.getByText('Kontakts speciālistiem, ne klientiem').first()).toBeVisible();
	await page.goto('/resursi/krizes-talrunis-116123/');
	await expect(page.locator('.dating')).toHaveText('Datējums: pārbaudīts publiskā lapā 21.11.2026.');
	await expect(page.getByRole('heading', { name: 'Kur šis ieraksts minēts' })).toBeVisible();
	await expect(page.locator('#minets ~ ul a[href="/riki/drosibas-plans/"]')).toBeVisible();
});
