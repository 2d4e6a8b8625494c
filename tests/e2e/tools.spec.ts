import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import type { Flow } from '../../src/lib/algorithm/types.ts';

const flow = parse(readFileSync('content/algorithms/policijas-zinojums.yaml', 'utf8')) as Flow & {
	title: string;
};
const title = (id: string) => flow.nodes.find((n) => n.id === id)!.title;
const ALGO = '/riki/algoritms/policijas-zinojums/';
const stepHeading = (page: Page) => page.locator('.stepper [id$="-step-title"]');

/** Walks to the step with the 3-working-day deadline and enters the date received (Tue 17 Nov 2026). */
async function walkToDeadline(page: Page) {
	await page.goto(ALGO);
	await page
		.locator('.stepper')
		.getByRole('button', { name: /ziņojumā ir tālrunis/ })
		.click();
	await page.getByLabel('Ziņojuma saņemšanas datums').fill('2026-11-17');
	await expect(page.getByText('Jāsazinās ne vēlāk kā 23.11.2026.')).toBeVisible();
	return (await stepHeading(page).textContent())!;
}

test.describe('algorithm tool: kept in the tab, copy and calendar', () => {
	test('the walk and the date survive a reload; quick exit clears them', async ({ page }) => {
		const here = await walkToDeadline(page);
		await page.reload();
		await expect(stepHeading(page)).toHaveText(here);
		await expect(page.getByLabel('Ziņojuma saņemšanas datums')).toHaveValue('2026-11-17');
		await expect(page.getByText('Jāsazinās ne vēlāk kā 23.11.2026.')).toBeVisible();
		await expect(page.locator('.stepper .path li')).toHaveCount(2);

		await page.route('https://www.google.com/**', (r) =>
			r.fulfill({ contentType: 'text/html', body: '<title>x</title>' }),
		);
		await page.getByRole('button', { name: /Ātri iziet/ }).click();
		await expect(page).toHaveURL('https://www.google.com/');
		await page.goto(ALGO);
		await expect(stepHeading(page)).toHaveText(title(flow.start));
	});

	test('"copy" gives the path and the deadline as plain text', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const here = await walkToDeadline(page);
		await page.getByRole('button', { name: 'Kopēt ceļu un termiņu kā tekstu' }).click();
		await expect(page.getByText('Nokopēts: ielīmējiet to gadījuma piezīmēs.')).toBeVisible();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain(`${flow.title}\n\nJūsu ceļš:\n1. ${title(flow.start)}\n2. ${here}\n`);
		expect(text).toContain('Ziņojuma saņemšanas datums: 17.11.2026.');
		expect(text).toContain(': 23.11.2026.');
		expect(text).toContain('18.11.2026. (Latvijas Republikas proklamēšanas diena)');
	});

	test('the .ics export parses as an all-day event on the deadline', async ({ page }) => {
		await walkToDeadline(page);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Pievienot termiņu kalendāram (.ics)' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('termins-2026-11-23.ics');
		const ics = readFileSync((await file.path())!, 'utf8');
		expect(ics).toContain('\r\n');
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2026-11-23');
		expect(event.summary).toContain('3 darba dienas');
		expect(event.uid).toMatch(/^policijas-zinojums-.+-2026-11-23@prakses-celvedis$/);
		expect(event.description).toContain('Jūsu ceļš:');
	});
});

test('the case-work stepper keeps the open stage and the ticks after a reload', async ({ page }) => {
	await page.goto('/riki/gadijuma-vadiba/');
	await expect(page.getByRole('tabpanel').getByRole('checkbox').first()).toBeEnabled(); // hydrated
	await page.getByRole('tab', { name: /^2\./ }).click();
	await expect(page.getByRole('tabpanel')).toHaveAttribute('id', /panel-1$/);
	const first = page.getByRole('tabpanel').getByRole('checkbox').first();
	await first.check();
	await page.reload();
	await expect(page.getByRole('tab', { name: /^2\./ })).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('tabpanel').getByRole('checkbox').first()).toBeChecked();
});

test('the case-work stepper keeps two ticks made in the same moment', async ({ page }) => {
	await page.goto('/riki/gadijuma-vadiba/');
	const boxes = page.getByRole('tabpanel').getByRole('checkbox');
	await expect(boxes.first()).toBeEnabled(); // hydrated
	const both = [await boxes.nth(0).elementHandle(), await boxes.nth(1).elementHandle()];
	// Both clicks in one task: no re-render runs between them.
	await page.evaluate((els) => els.forEach((el) => (el as HTMLInputElement).click()), both);
	await expect(boxes.nth(0)).toBeChecked();
	await expect(boxes.nth(1)).toBeChecked();
	await page.reload();
	await expect(boxes.nth(0)).toBeChecked();
	await expect(boxes.nth(1)).toBeChecked();
});

test.describe('tools from content', () => {
	test('/riki/ lists every tool from content, the A7 card among them', async ({ page }) => {
		await page.goto('/riki/');
		const cards = page.locator('.card-list [data-tool]');
		await expect(cards).toHaveCount(readdirSync('content/tools').filter((f) => f.endsWith('.yaml')).length);
		await expect(
			page.getByRole('link', { name: 'Nenodarīt ļaunu: kontrolsaraksts sarunai' }),
		).toHaveAttribute('href', '/riki/nenodarit-launu/');
		await expect(page.getByRole('button', { name: /Ātri iziet/ })).toBeVisible();
	});

	test('lesson A7 embeds the printable card: 15 principles, same anchors, no island', async ({ page }) => {
		await page.goto('/kursi/vardarbiba/intervesanas-etika-cilveku-tirdznieciba/');
		const card = page.locator('[data-tool="nenodarit-launu"]');
		await expect(card.locator('li')).toHaveCount(15);
		await expect(card.locator('h3#drosiba-un-privatums')).toHaveText('Drošība un privātums');
		await expect(card).toContainText(
			'Vai ievērojat konfidencialitāti? (Darbnīcas slaidi, intervēšanas ētika)',
		);
		await expect(card).not.toContainText(/\b00[0-4]\b|rinda/);
		await expect(card.locator('astro-island')).toHaveCount(0);
		await page.emulateMedia({ media: 'print' });
		await expect(card.getByRole('button', { name: 'Drukāt vai saglabāt kā PDF' })).toBeHidden();
	});

	test('the card page prints on one A4 sheet', async ({ page }) => {
		await page.goto('/riki/nenodarit-launu/');
		await expect(page.getByRole('button', { name: 'Drukāt vai saglabāt kā PDF' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBe(1);
	});
});

test.describe('an interactive checklist that keeps nothing (vitali-svarigas-mantas)', () => {
	const URL = '/riki/vitali-svarigas-mantas/';

	test('ticks, copies as text, shows quick exit, and Back after a normal link shows it empty', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(URL);
		await expect(page.getByRole('button', { name: /Ātri iziet/ })).toBeVisible();
		const docs = page.getByRole('checkbox', { name: /Dokumenti/ });
		await expect(docs).toBeEnabled();
		await docs.check();
		await page.getByRole('checkbox', { name: /Nauda/ }).check();
		await page.getByLabel(/Piezīmes par sadaļu „Lietas, bez kurām nevar iztikt”/).fill('brilles');
		await expect(page.getByText('Atbildēts: 2 no 5')).toBeVisible();

		await page.getByRole('button', { name: 'Kopēt kā tekstu' }).click();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain(
			'Vitāli svarīgās mantas\n\nLietas, bez kurām nevar iztikt\n- Dokumenti (Algoritms, 4. ieteikums): atzīmēts\n',
		);
		expect(text).toContain('- Medikamenti (Algoritms, 4. ieteikums): nav atzīmēts\n');
		expect(text).toContain('Piezīmes: brilles\n');
		expect(await page.evaluate(() => Object.keys(sessionStorage).concat(Object.keys(localStorage)))).toEqual(
			[],
		);

		await page
			.getByRole('navigation', { name: 'Galvenā navigācija' })
			.getByRole('link', { name: 'Resursi' })
			.click();
		await expect(page).toHaveURL('/resursi/');
		await page.goBack();
		await expect(page).toHaveURL(URL);
		await expect(page.getByRole('checkbox', { name: /Dokumenti/ })).not.toBeChecked();
		await expect(page.getByLabel(/Piezīmes par sadaļu „Lietas, bez kurām nevar iztikt”/)).toHaveValue('');
	});
});

test('search sees tool text, and lists each tool once', async ({ page }) => {
	// "lādētājs" appears only in an item of a checklist tool, not in its title or summary.
	await page.goto('/meklet/?q=ladetajs');
	await expect(page.locator('.search-results a[href="/riki/vitali-svarigas-mantas/"]').first()).toBeVisible();
	await page.goto('/meklet/?q=policijas+zinojums+algoritms');
	await expect(page.locator('.search-results a[href^="/riki/algoritms/policijas-zinojums/"]')).toHaveCount(1);
});
