import { expect, test, type Page } from '@playwright/test';

const RISK = '/riki/pasnavibas-risks/';
type A = 'Jā' | 'Nē' | 'Nav atbildes';

test.beforeEach(async ({ page }) => {
	// Quick exit goes to a neutral outside page; serve a stub so the test needs no network.
	await page.route('https://www.google.com/**', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><title>Neitrāla lapa</title><p>neitrāla</p>',
		}),
	);
});

/** Focus a control and press Space: the keyboard alone, no mouse. */
async function press(page: Page, locator: ReturnType<Page['locator']>) {
	await locator.focus();
	await page.keyboard.press('Space');
}
async function open(page: Page) {
	await page.goto(RISK);
	await expect(page.getByRole('radio', { name: /Pašvaldībā/ })).toBeEnabled();
}
async function setting(page: Page, which: 'iev' | 'pasvaldiba') {
	await press(page, page.getByRole('radio', { name: which === 'iev' ? /Ieslodzījuma vietā/ : /Pašvaldībā/ }));
}
async function answer(page: Page, q: string, a: A) {
	const radio = page.locator(`[data-question="${q}"]`).getByRole('radio', { name: a, exact: true });
	await press(page, radio);
	await expect(radio).toBeChecked();
}
const level = (page: Page) => page.locator('.risk-level');
const why = (page: Page) => page.locator('.risk-why');

test.describe('each level, reached by keyboard, says why', () => {
	test('Nav atklātu pazīmju, with "no disclosure is not no risk"', async ({ page }) => {
		await open(page);
		await setting(page, 'pasvaldiba');
		await answer(page, 'q1', 'Nē');
		await answer(page, 'q2', 'Nē');
		await expect(page.locator('[data-question="q3"]')).toHaveCount(0);
		await answer(page, 'q6', 'Nē');
		await expect(level(page)).toContainText('Nav atklātu pazīmju');
		await expect(why(page)).toContainText('neatklāja ne vēlmi būt mirušai');
		await expect(page.locator('[data-note="nav-ne-nav-riska"]')).toContainText('nenozīmē, ka riska nav');
		await expect(page.locator('[data-action="pasv-nav-pierakstit"]')).toBeVisible();
	});

	test('Zems risks (V2, prison)', async ({ page }) => {
		await open(page);
		await setting(page, 'iev');
		await answer(page, 'q1', 'Jā');
		await answer(page, 'q2', 'Nē');
		await answer(page, 'q6', 'Nē');
		await expect(level(page)).toContainText('Zems risks');
		await expect(why(page)).toContainText('vēlējusies būt mirusi vai domājusi par pašnāvību');
		await expect(page.locator('[data-action="iev-zems-psihologs"]')).toBeVisible();
		// Ticking the self-harm factor asks its recency at once; the result waits for the answer.
		await press(page, page.getByRole('checkbox', { name: /Paškaitējums bez jebkādas vēlmes mirt/ }));
		await expect(page.locator('.risk-pending')).toContainText('Paškaitējums nesen');
		await answer(page, 'selfHarmRecent', 'Nav atbildes');
		await expect(level(page)).toContainText('Zems risks');
		await expect(why(page)).toContainText('sev kaitējusi bez vēlmes mirt');
	});

	test('Vidējs risks (V4), and the pending list before the last answer', async ({ page }) => {
		await open(page);
		await setting(page, 'iev');
		await answer(page, 'q1', 'Jā');
		await answer(page, 'q2', 'Jā');
		await answer(page, 'q3', 'Jā');
		await answer(page, 'q4', 'Nē');
		await answer(page, 'q5', 'Nē');
		await expect(page.locator('.risk-pending')).toContainText('Suicidāla rīcība');
		await expect(level(page)).toHaveCount(0);
		await answer(page, 'q6', 'Nē');
		await expect(level(page)).toContainText('Vidējs risks');
		await expect(why(page).locator('li').first()).toContainText('domājusi par to, kā to varētu izdarīt');
		await expect(page.locator('[data-phase="sodien"] li').first()).toContainText('psihologu');
	});

	test('Augsts risks (V11: a refusal at q4 is not a "no"), announced as an alert, with the reason named', async ({
		page,
	}) => {
		await open(page);
		await setting(page, 'iev');
		await answer(page, 'q1', 'Jā');
		await answer(page, 'q2', 'Jā');
		await answer(page, 'q3', 'Nē');
		await answer(page, 'q4', 'Nav atbildes');
		await page.getByLabel('Kāpēc nav atbildes (nav obligāti)').selectOption({ label: 'atteicās' });
		await answer(page, 'q5', 'Nē');
		await answer(page, 'q6', 'Nē');
		await expect(page.getByRole('alert').filter({ hasText: 'Augsts risks' })).toBeVisible();
		await expect(why(page).locator('li').first()).toContainText('par nodomu vai plānu atbildes nav');
		await expect(page.locator('.risk-unknown')).toContainText('Nodoms rīkoties — atteicās');
		await expect(page.locator('[data-phase="tulit"] li').first()).toContainText(/neatstājiet personu vienu/i);
		await expect(page.getByText('Izdrukājiet pirms aizverat.')).toBeVisible();
		// The page title never shows the level or the answers.
		expect(await page.title()).toBe('Saruna par pašnāvības risku — Prakses ceļvedis');
		// Answering q2 Nē hides q3–q5 and discards their answers: the level falls to what is left.
		await answer(page, 'q2', 'Nē');
		await expect(page.locator('[data-question="q4"]')).toHaveCount(0);
		await expect(level(page)).toContainText('Zems risks');
		await answer(page, 'q2', 'Jā');
		await expect(
			page.locator('[data-question="q4"]').getByRole('radio', { name: 'Nav atbildes' }),
		).not.toBeChecked();
	});

	test('"Esmu noraizējies(-usies)" raises "nav" to vidējs and says so', async ({ page }) => {
		await open(page);
		await setting(page, 'pasvaldiba');
		await answer(page, 'q1', 'Nē');
		await answer(page, 'q2', 'Nē');
		await answer(page, 'q6', 'Nē');
		await press(page, page.getByRole('checkbox', { name: /Esmu noraizējies/ }));
		await expect(level(page)).toContainText('Vidējs risks');
		await expect(why(page).locator('li').first()).toContainText('noraizējies(-usies) neatkarīgi no atbildēm');
	});
});

test('the immediate-danger box opens the emergency panel at once, before any answer', async ({ page }) => {
	await open(page);
	await expect(page.getByText('Ja dzīvība ir apdraudēta tagad')).toBeVisible();
	await press(page, page.getByRole('checkbox', { name: 'Tūlītējas briesmas tagad' }));
	const panel = page.locator('.risk-danger .risk-panel');
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('link', { name: '113' })).toBeVisible();
	await expect(panel.getByRole('link', { name: '112' })).toBeVisible();
	await expect(panel).toContainText('Neatstājiet personu vienu');
	await expect(page.getByRole('alert').filter({ hasText: 'Augsts risks' })).toBeVisible();
	await expect(why(page)).toContainText('Atzīmētas tūlītējas briesmas');
	// In the prison setting no crisis line whose reach from custody is unconfirmed is offered.
	await setting(page, 'iev');
	await expect(page.getByRole('link', { name: '116123' })).toHaveCount(0);
	await expect(
		page
			.locator('.risk-result')
			.getByText('vai ieslodzītie var piezvanīt krīzes tālruņiem, avotos nav apstiprināts'),
	).toBeVisible();
	await setting(page, 'pasvaldiba');
	// The emergency panel lists 112 and 113 only; the municipal crisis lines follow the result.
	await expect(panel.getByRole('link', { name: '116123' })).toHaveCount(0);
	await expect(page.locator('.risk-result').getByRole('link', { name: '116123' })).toBeVisible();
	await expect(page.locator('[data-phase="tulit"] li').first()).toContainText('zvaniet 113');
});

test.describe('nothing remains', () => {
	async function fill(page: Page) {
		await open(page);
		await setting(page, 'iev');
		await answer(page, 'q1', 'Jā');
		await answer(page, 'q2', 'Jā');
		await page.getByLabel('Personas identifikators (nav obligāti)').fill('Testa persona');
		await expect(page.locator('[data-question="q3"]')).toBeVisible();
	}
	async function expectEmpty(page: Page) {
		await expect(page.getByRole('radio', { name: /Ieslodzījuma vietā/ })).toBeEnabled();
		await expect(page.getByRole('radio', { name: /Ieslodzījuma vietā/ })).not.toBeChecked();
		await expect(
			page.locator('[data-question="q1"]').getByRole('radio', { name: 'Jā', exact: true }),
		).not.toBeChecked();
		await expect(page.locator('[data-question="q3"]')).toHaveCount(0);
		await expect(page.getByLabel('Personas identifikators (nav obligāti)')).toHaveValue('');
		const stored = await page.evaluate(() => ({
			local: localStorage.length,
			session: sessionStorage.length,
			cookie: document.cookie,
			search: location.search,
			hash: location.hash,
			state: history.state as unknown,
		}));
		expect(stored).toEqual({ local: 0, session: 0, cookie: '', search: '', hash: '', state: null });
	}

	test('after a reload', async ({ page }) => {
		await fill(page);
		await page.reload();
		await expectEmpty(page);
	});

	test('after following a normal link and coming Back', async ({ page }) => {
		await fill(page);
		await page.locator('nav.breadcrumbs').getByRole('link', { name: 'Rīcība darbā' }).click();
		await expect(page).toHaveURL('/riki/');
		await page.goBack();
		await expect(page).toHaveURL(RISK);
		await expectEmpty(page);
	});

	test('after quick exit, with no leave prompt', async ({ page }) => {
		let prompted = false;
		page.on('dialog', (d) => {
			prompted = true;
			void d.dismiss();
		});
		await page.goto('/');
		await fill(page);
		await page.getByRole('button', { name: /Ātri iziet/ }).click();
		await expect(page).toHaveURL('https://www.google.com/');
		expect(prompted).toBe(false);
		await page.goBack();
		await expect(page).toHaveURL('/');
		await open(page);
		await expectEmpty(page);
	});
});

test('the print view: date, setting, answers, level, rules and actions; a name only when typed; no crisis-apartment note', async ({
	page,
}) => {
	await open(page);
	await setting(page, 'pasvaldiba');
	await answer(page, 'q1', 'Nē');
	await answer(page, 'q2', 'Nē');
	await answer(page, 'q6', 'Jā');
	await answer(page, 'q6b', 'Nē');
	await press(page, page.getByRole('checkbox', { name: 'Tiek lemts par krīzes dzīvokli' }));
	await expect(level(page)).toContainText('Vidējs risks');
	await expect(page.getByText('Par krīzes dzīvokļa lēmumu')).toBeVisible();

	await page.evaluate(() => {
		window.print = () => {};
	});
	await page.getByRole('button', { name: 'Drukāt kopsavilkumu' }).click();
	await page.emulateMedia({ media: 'print' });
	const sheet = page.locator('.risk-print');
	await expect(sheet).toBeVisible();
	await expect(page.locator('.risk-check form')).toBeHidden();
	await expect(sheet).toContainText('Satur ziņas par veselību');
	await expect(sheet).toContainText(/Datums un laiks: \d{2}\.\d{2}\.\d{4}\. \d{2}:\d{2}/);
	await expect(sheet).toContainText('Darba vieta: Pašvaldībā');
	await expect(sheet).toContainText('Persona: ______ (aizpildīt pirms nodošanas)');
	await expect(sheet).toContainText('Jebkādas domas par pašnāvību (pēdējā mēneša laikā): Nē');
	await expect(sheet).toContainText('Nodoms rīkoties (pēdējā mēneša laikā): nav jautāts (2. jautājums = Nē)');
	await expect(sheet).toContainText('Vai tas bija nesen (pēdējo 3 mēnešu laikā): Nē');
	await expect(sheet).toContainText('Līmenis: Vidējs risks');
	await expect(sheet).toContainText('ne pēdējo 3 mēnešu laikā');
	await expect(sheet).toContainText('kas informēts / kad');
	await expect(sheet).toContainText('113');
	await expect(sheet).not.toContainText('krīzes dzīvokli');
	await expect(sheet).not.toContainText('nelemj par tiesībām');
	await expect(sheet).not.toContainText(/\d+\s*punkt|%/);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(1000);

	await page.emulateMedia({ media: 'screen' });
	await page.getByLabel('Personas identifikators (nav obligāti)').fill('J. B.');
	await page.emulateMedia({ media: 'print' });
	await expect(sheet).toContainText('Persona: J. B.');
});

test('reading text names documents, not codes or lines; the source list comes from the citation module', async ({
	page,
}) => {
	await open(page);
	const notes = page.locator('.risk-notes');
	await expect(notes).not.toContainText(/\b00[0-4]\b|\brind(a|as|u)\b/);
	const sources = page.locator('.source-list');
	await expect(sources.locator('.source-list__docs')).toContainText('Triage and risk identification');
	await expect(sources.locator('.source-list__docs')).not.toContainText(/6460|\(00[0-4]\)/);
	await expect(sources.locator('.source-list__lines')).toContainText('6460–6656');
	// A marker in the island opens by tap, without leaving the paragraph.
	const marker = page.locator('.risk-check .cite-btn').first();
	await marker.click();
	await expect(marker).toHaveAttribute('aria-expanded', 'true');
});
