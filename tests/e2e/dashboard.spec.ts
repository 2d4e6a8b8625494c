import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { checkHash } from '../../src/lib/progress/check-hash.ts';
import { emptyProgress, encodeProgress, type Progress } from '../../src/lib/progress/codec.ts';
import { lessonMinutes } from '../../src/lib/content/minutes.ts';

type Question = { id: string; question: string; options: { text: string; correct?: boolean }[] };
type Lesson = { id: string; url: string; title: string; order: number; minutes: number; check: Question[] };

const DIR = 'content/lessons/vardarbiba';
const COURSE = '/kursi/vardarbiba/';
const lessons: Lesson[] = readdirSync(DIR)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const mdx = readFileSync(`${DIR}/${f}`, 'utf8');
		const data = parse(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!);
		const slug = f.replace(/\.mdx$/, '');
		// A lesson's length is derived from its words and questions, as the build does.
		const minutes = lessonMinutes(mdx, data.check.length);
		return { id: `vardarbiba/${slug}`, url: `${COURSE}${slug}/`, ...data, minutes };
	})
	.sort((a, b) => a.order - b.order);
const scenario = parse(readFileSync('content/scenarios/pec-reida.yaml', 'utf8')) as {
	title: string;
	minutes: number;
	nodes: Record<string, { title: string; ending?: unknown }>;
};
const ending = Object.entries(scenario.nodes).find(([, n]) => n.ending)!;

/** Progress with every lesson done; the first lesson's first question wrong, everything else right. */
function finishedCourse(): Progress {
	const p = emptyProgress();
	lessons.forEach((l, i) => {
		const day = String(2 + i).padStart(2, '0');
		p.lessons[l.id] = `2026-11-${day}T12:00:00.000Z`;
		p.checks[l.id] = {
			total: l.check.length,
			hash: checkHash(l.check),
			first: Object.fromEntries(
				l.check.map((q, qi) => [
					q.id,
					{ correct: !(i === 0 && qi === 0), at: `2026-11-${day}T11:00:00.000Z` },
				]),
			),
		};
	});
	p.scenarios['pec-reida'] = { ending: ending[0], outcome: 'good', at: '2026-11-20T10:00:00.000Z' };
	return p;
}

async function importProgress(page: Page, p: Progress) {
	await page.goto('/progress/');
	await expect(page.locator('#progress-import')).toBeEnabled();
	await page.locator('#progress-import').setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(encodeProgress(p)),
	});
	await expect(page.getByText('Progress ielādēts.')).toBeVisible();
}

test('"Turpināt" goes to the next lesson not done after two lessons', async ({ page }) => {
	await page.goto(COURSE);
	await expect(page.getByRole('link', { name: 'Sākt kursu' })).toHaveAttribute('href', lessons[0]!.url);
	for (const l of lessons.slice(0, 2)) {
		await page.goto(l.url);
		// Lesson widgets hydrate when they come near the viewport: scroll to the button first.
		const markDone = page.getByRole('button', { name: 'Atzīmēt kā pabeigtu' });
		await markDone.scrollIntoViewIfNeeded();
		await markDone.click();
		await expect(page.getByText('Nodarbība atzīmēta kā pabeigta')).toBeVisible();
	}
	await page.goto(COURSE);
	const next = page.getByRole('link', { name: `Turpināt: ${lessons[2]!.title}` });
	await expect(next).toHaveAttribute('href', lessons[2]!.url);
	await expect(page.getByText(`Pabeigtas 2 no ${lessons.length} nodarbībām`).first()).toBeVisible();
	await expect(
		page.getByText(
			`Modulis A: Darbs ar cietušajiem pēc policijas ziņojuma (pabeigtas 2 no ${lessons.length}`,
		),
	).toBeVisible();
	await next.click();
	await expect(page).toHaveURL(lessons[2]!.url);
});

test('the completion screen after finishing a course (progress imported)', async ({ page }) => {
	await importProgress(page, finishedCourse());
	await page.goto(COURSE);
	const done = page.locator('#kopsavilkums');
	await expect(done.getByRole('heading', { name: 'Kurss pabeigts' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Kurss pabeigts: skatīt kopsavilkumu' })).toBeVisible();
	const rows = done.locator('tbody tr');
	await expect(rows).toHaveCount(lessons.length);
	const first = lessons[0]!;
	await expect(rows.first()).toContainText(first.title);
	await expect(rows.first()).toContainText('02.11.2026.');
	await expect(rows.first()).toContainText(`${first.check.length - 1} no ${first.check.length}`);
	const questions = lessons.reduce((n, l) => n + l.check.length, 0);
	await expect(done).toContainText(`Pirmo mēģinājumu rezultāts kopā: ${questions - 1} no ${questions}`);
	await expect(done).toContainText(`Mācību laiks kalendārā: 02.11.2026.–20.11.2026.`);
	const minutes = lessons.reduce((n, l) => n + l.minutes, 0) + scenario.minutes;
	await expect(done).toContainText(`${Math.floor(minutes / 60)} h ${minutes % 60} min`);
	// The finished scenario is listed with its ending.
	await expect(page.locator('[data-scenario="pec-reida"]')).toContainText(
		`Pabeigts 20.11.2026.; noslēgums: ${ending[1].title}`,
	);
});

test('"Atkārtot kļūdas" gathers first-attempt mistakes for practice that never changes the score', async ({
	page,
}) => {
	const l = lessons[1]!;
	const q = l.check[0]!;
	await page.goto(l.url);
	const fs = page.locator(`fieldset[data-question="${q.id}"]`);
	await fs.scrollIntoViewIfNeeded();
	await fs.getByRole('radio', { name: q.options.find((o) => !o.correct)!.text, exact: true }).check();
	await fs.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
	// Focus moves to the feedback.
	await expect(fs.locator('.feedback')).toBeFocused();
	await expect(fs.locator('.feedback')).toContainText('Nav pareizi.');
	const stored = await page.evaluate(() => localStorage.getItem('pc:progress:v2'));

	await page.goto(COURSE);
	await page.getByRole('link', { name: 'Atkārtot kļūdas (1)' }).click();
	await expect(page).toHaveURL('/progress/kludas/');
	const item = page.locator('fieldset').filter({ hasText: q.question });
	await expect(page.locator('fieldset')).toHaveCount(1);
	await expect(item.getByRole('link', { name: l.title })).toBeVisible();
	await item.getByRole('radio', { name: q.options.find((o) => o.correct)!.text, exact: true }).check();
	await item.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
	await expect(item.locator('.feedback')).toContainText('Pareizi.');
	await expect(item.locator('.feedback')).toContainText('Prakse: rezultāts netiek mainīts.');
	expect(await page.evaluate(() => localStorage.getItem('pc:progress:v2'))).toBe(stored);
	await page.reload();
	await expect(page.locator('fieldset')).toHaveCount(1);
});

test('the printed progress summary is self-reported and shows the name only if typed', async ({ page }) => {
	await importProgress(page, finishedCourse());
	const sheet = page.locator('.print-summary__sheet');
	await expect(sheet).toBeHidden();
	await expect(sheet).not.toContainText('Dalībnieks:');
	await page.getByLabel('Vārds, uzvārds (nav obligāti)').fill('Anna Bērziņa');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Mans progress' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Drukāt kopsavilkumu' })).toBeHidden();
	await expect(sheet).toBeVisible();
	await expect(sheet).toContainText('Pašu atzīmēts progress');
	await expect(sheet).toContainText('Dalībnieks: Anna Bērziņa');
	await expect(sheet).toContainText(/Satura versija: \d\d\.\d\d\.\d{4}\./);
	await expect(sheet).toContainText(`pabeigtas ${lessons.length} no ${lessons.length} nodarbībām`);
	const first = lessons[0]!;
	await expect(sheet.getByRole('listitem').filter({ hasText: first.title })).toContainText(
		`pabeigta 02.11.2026.; pārbaude, pirmais mēģinājums: ${first.check.length - 1} no ${first.check.length}`,
	);
	await expect(sheet).toContainText(`${scenario.title}: Pabeigts 20.11.2026.`);
	// The name is not stored.
	expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Anna');
});

test('a check changed after it was answered is marked; a retake keeps the old score as an earlier version', async ({
	page,
}) => {
	const l = lessons[0]!;
	const p = emptyProgress();
	p.checks[l.id] = {
		total: l.check.length,
		hash: 'deadbeef',
		first: Object.fromEntries(
			l.check.map((q, i) => [q.id, { correct: i > 0, at: '2026-11-02T11:00:00.000Z' }]),
		),
	};
	await importProgress(page, p);
	const old = `${l.check.length - 1} no ${l.check.length}`;

	await page.goto(COURSE);
	await expect(page.getByText('Zināšanu pārbaude ir mainīta')).toBeVisible();
	await expect(page.locator(`[data-lesson="${l.id}"]`)).toContainText(
		`${old} (iepriekšējā pārbaudes versija)`,
	);
	await expect(page.locator(`[data-lesson="${l.id}"]`)).toContainText('pārbaude mainīta');

	await page.goto(l.url);
	const kc = page.locator('section.kc');
	await kc.scrollIntoViewIfNeeded();
	await expect(
		kc.getByText(`Jūsu rezultāts (${old}) ir saglabāts kā iepriekšējās versijas rezultāts`),
	).toBeVisible();
	await kc.getByRole('button', { name: 'Pildīt pārbaudi no jauna' }).click();
	await expect(kc.getByText('Šī pārbaude ir mainīta')).toBeHidden();
	for (const q of l.check) {
		const fs = kc.locator(`fieldset[data-question="${q.id}"]`);
		await fs.getByRole('radio', { name: q.options.find((o) => o.correct)!.text, exact: true }).check();
		await fs.getByRole('button', { name: 'Pārbaudīt atbildi' }).click();
	}
	await expect(
		kc.getByText(`Pirmo mēģinājumu rezultāts: ${l.check.length} no ${l.check.length}`),
	).toBeVisible();
	await page.goto(COURSE);
	await expect(page.getByText('Zināšanu pārbaude ir mainīta')).toBeHidden();
	await expect(page.locator(`[data-lesson="${l.id}"]`)).toContainText(
		`${l.check.length} no ${l.check.length}; ${old} (iepriekšējā pārbaudes versija)`,
	);
});

test('desktop lesson: course sidebar with done marks, scroll-spy, glossary links', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const p = emptyProgress();
	p.lessons[lessons[0]!.id] = '2026-11-02T12:00:00.000Z';
	await importProgress(page, p);
	const l = lessons[2]!;
	await page.goto(l.url);
	const side = page.getByRole('navigation', { name: 'Kursa nodarbības' });
	await expect(side).toBeVisible();
	await expect(side.getByRole('link', { name: l.title })).toHaveAttribute('aria-current', 'page');
	await expect(side.locator(`[data-lesson="${lessons[0]!.id}"]`)).toContainText('pabeigta');
	await expect(side.locator(`[data-lesson="${lessons[1]!.id}"] .course-sidebar__done`)).toBeHidden();
	const toc = page.locator('.toc');
	await page.locator('#zinasanu-parbaude').scrollIntoViewIfNeeded();
	await page.evaluate(() => document.getElementById('zinasanu-parbaude')!.scrollIntoView({ block: 'start' }));
	await expect(toc.getByRole('link', { name: 'Zināšanu pārbaude' })).toHaveAttribute(
		'aria-current',
		'location',
	);
	// Glossary terms link to their entry; never from a heading.
	const termLink = page.locator('.prose a.term-link').first();
	await expect(termLink).toHaveAttribute('href', /^\/terminologija\/#[a-z-]+$/);
	expect(await page.locator('h1 a.term-link, h2 a.term-link, h3 a.term-link').count()).toBe(0);
	const href = (await termLink.getAttribute('href'))!;
	await termLink.click();
	await expect(page.locator(`dt#${href.split('#')[1]}`)).toBeInViewport();
});

test('phone: no sidebar; glossary A–Z jump bar', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(lessons[0]!.url);
	await expect(page.getByRole('navigation', { name: 'Kursa nodarbības' })).toBeHidden();
	await page.goto('/terminologija/');
	const az = page.getByRole('navigation', { name: 'Termini pēc sākumburta' });
	await az.getByRole('link', { name: 'V', exact: true }).click();
	await expect(page).toHaveURL(/\/terminologija\/#/);
	const id = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`dt#${id}`)).toContainText(/^V/);
	await expect(page.locator(`dt#${id}`)).toBeInViewport();
});

test('with progress (completion, a changed check, mistakes), the dashboard pages have no WCAG A/AA violations', async ({
	page,
}) => {
	const p = finishedCourse();
	p.checks[lessons[0]!.id]!.hash = 'deadbeef';
	await importProgress(page, p);
	for (const width of [390, 1280])
		for (const path of [COURSE, '/progress/kludas/', lessons[0]!.url]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			// Lesson widgets hydrate when near the viewport: bring each into view first.
			for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
			await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
			await expect(
				page.getByText(/Zināšanu pārbaude ir mainīta|Atkārtojamo jautājumu|Šī pārbaude ir mainīta/),
			).toBeVisible();
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(
				violations.map(
					(v) => `${path} ${width}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				),
			).toEqual([]);
		}
});
