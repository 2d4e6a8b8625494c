import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { availableChoices, choose, currentNodeId, start, variables } from '../../src/lib/scenario/engine.ts';
import type { Scenario, ScenarioState } from '../../src/lib/scenario/types.ts';
import { encodeSession } from '../../src/lib/facilitator/session.ts';
import { letterCount } from '../../src/lib/scenario-views/display.ts';
import { decisionCounter } from '../../src/lib/scenario-views/main-line.ts';
import { parseCsv } from '../../src/lib/export/csv.ts';
import { resolveScenario } from '../../src/lib/scenario-views/cited.ts';
import { contentHash } from '../../src/lib/scenario/hash.ts';

const scenarios = readdirSync('content/scenarios').map((f) => {
	const id = f.replace(/\.yaml$/, '');
	return { id, scenario: parse(readFileSync(`content/scenarios/${f}`, 'utf8')) as Scenario };
});

/** One run reaching each node of the scenario (decision points and endings), found with the engine. */
function runsToEveryNode(scenario: Scenario, id: string): Map<string, ScenarioState> {
	const found = new Map<string, ScenarioState>();
	const queue = [start(scenario, id)];
	const seen = new Set<string>();
	while (queue.length) {
		const state = queue.shift()!;
		const here = currentNodeId(state);
		if (!found.has(here)) found.set(here, state);
		const key = `${here}|${JSON.stringify(variables(scenario, state))}`;
		if (seen.has(key) || state.path.length > 40) continue;
		seen.add(key);
		for (const c of availableChoices(scenario, state)) queue.push(choose(scenario, state, c.id));
	}
	return found;
}

/** choice id → letter as a page shows the options in `items`. */
async function letters(page: Page, items: string): Promise<Record<string, string>> {
	return page
		.locator(items)
		.evaluateAll((els) =>
			Object.fromEntries(
				els.map((li) => [
					li.getAttribute('data-choice')!,
					(li.querySelector('strong, .option-letter')!.textContent ?? '').trim().replace(/\.$/, ''),
				]),
			),
		);
}

const VIEWPORTS = [
	{ width: 1920, height: 1080, minBody: 32 },
	{ width: 1280, height: 720, minBody: 24 },
];

for (const { id, scenario } of scenarios) {
	for (const vp of VIEWPORTS) {
		test(`${id} at ${vp.width}×${vp.height}: every node fits the projector, revealed or not, with body text ≥ ${vp.minBody} px, letters as on the run sheet`, async ({
			browser,
		}) => {
			test.setTimeout(240_000);
			const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
			const page = await context.newPage();
			await page.goto(`/scenariji/${id}/vadibas-lapa/`);
			const sheet: Record<string, Record<string, string>> = {};
			for (const nodeId of Object.keys(scenario.nodes).filter((n) => !scenario.nodes[n]!.ending))
				sheet[nodeId] = await letters(page, `tr[data-point="${nodeId}"] li[data-choice]`);

			await page.goto(`/scenariji/${id}/vaditajam/`);
			await expect(page.getByRole('button', { name: 'Atklāt sekas' })).toBeEnabled();
			const projector = await context.newPage();
			await projector.goto(`/scenariji/${id}/projektors/`);
			const runs = runsToEveryNode(scenario, id);
			expect([...runs.keys()].sort()).toEqual(Object.keys(scenario.nodes).sort());

			for (const [nodeId, run] of runs) {
				const node = scenario.nodes[nodeId]!;
				await test.step(nodeId, async () => {
					// The islands get the scenario with its citations resolved, so a stored run carries that hash.
					const session = encodeSession({
						run: { ...run, contentHash: contentHash(resolveScenario(scenario)) },
						votes: Array<number>(letterCount(scenario, nodeId))
							.fill(0)
							.map((_, i) => i + 1),
						revealed: false,
						history: run.path.slice(1).map(() => []),
					});
					await page.evaluate(
						([k, v]) => sessionStorage.setItem(k!, v!),
						[`pc:facilitator:${id}:v2`, session],
					);
					await page.reload();
					await expect(page.locator('.facilitator')).toHaveAttribute('data-node', nodeId);
					await expect(projector.locator('.projector-view')).toHaveAttribute('data-node', nodeId);
					await expect(projector.locator('.projector-view h2')).toHaveText(node.title);

					const check = async (state: string) => {
						// Fitting settles within a few frames; then nothing is below the screen.
						await expect
							.poll(() => projector.evaluate(() => document.documentElement.scrollHeight <= innerHeight), {
								message: `${id}/${nodeId} ${state}: page taller than the screen`,
							})
							.toBe(true);
						const sizes = await projector
							.locator('.projector-text, .tally__label')
							.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
						expect(sizes.length).toBeGreaterThan(0);
						for (const s of sizes)
							expect(s, `${id}/${nodeId} ${state}: body text`).toBeGreaterThanOrEqual(vp.minBody);
					};

					if (node.ending) {
						await check('ending');
						return;
					}
					const counter = decisionCounter(scenario, run)!;
					await expect(projector.locator('.projector-view__count')).toHaveText(
						`${counter.number}. lēmums no ${counter.total}`,
					);
					await check('unrevealed');
					// The letters the room sees are the run sheet's letters.
					const shown = await letters(projector, '.tally > li[data-choice]');
					expect(Object.keys(shown).length).toBeGreaterThan(0);
					for (const [choice, letter] of Object.entries(shown)) expect(sheet[nodeId]![choice]).toBe(letter);
					await expect(projector.locator('.vote-bar').first()).toBeVisible();

					await page.getByRole('button', { name: 'Atklāt sekas' }).click();
					await expect(projector.locator('.tally__verdict').first()).toBeVisible();
					await check('revealed');
				});
			}
			await context.close();
		});
	}
}

test('vote bars show each option’s share; tallies can stay hidden on the projector until the reveal', async ({
	page,
	context,
}) => {
	const { id, scenario } = scenarios[0]!;
	await page.goto(`/scenariji/${id}/vaditajam/`);
	await expect(page.getByRole('button', { name: 'Atklāt sekas' })).toBeEnabled();
	const projector = await context.newPage();
	await projector.goto(`/scenariji/${id}/projektors/`);
	await expect(projector.locator('.projector-view h2')).toHaveText(scenario.nodes[scenario.start]!.title);
	await page.getByRole('button', { name: 'Pievienot balsi variantam A' }).click();
	await page.getByRole('button', { name: 'Pievienot balsi variantam A' }).click();
	await page.getByRole('button', { name: 'Pievienot balsi variantam A' }).click();
	await page.getByRole('button', { name: 'Pievienot balsi variantam B' }).click();
	const first = projector.locator('.tally > li').first();
	await expect(first.locator('.tally__count')).toHaveText('Balsis: 3');
	await expect(first.locator('.tally__pct')).toHaveText('75 %');
	await expect(first.locator('.vote-bar__fill')).toHaveAttribute('width', '75');
	await expect(projector.locator('.tally > li').nth(1).locator('.tally__pct')).toHaveText('25 %');
	// No inline style anywhere: the bars work under a strict CSP.
	expect(await projector.locator('[style]').count()).toBe(0);

	const hide = page.getByRole('button', { name: 'Slēpt balsis projektorā līdz atklāšanai' });
	await hide.click();
	await expect(hide).toHaveAttribute('aria-pressed', 'true');
	await expect(projector.locator('.tally__count')).toHaveCount(0);
	await expect(projector.getByText('Balsis būs redzamas pēc atklāšanas.')).toBeVisible();
	await page.getByRole('button', { name: 'Atklāt sekas' }).click();
	await expect(first.locator('.tally__count')).toHaveText('Balsis: 3');
	// The switch holds at the next decision.
	await page.getByRole('button', { name: 'Turpināt ar A' }).click();
	await expect(projector.locator('.tally__count')).toHaveCount(0);
});

test('the session record downloads as CSV that parses: decisions, votes per option, the option followed and the ending', async ({
	page,
}) => {
	const { id, scenario } = scenarios[0]!;
	await page.goto(`/scenariji/${id}/vaditajam/`);
	await expect(page.getByRole('button', { name: 'Atklāt sekas' })).toBeEnabled();
	// Play to an ending: two votes for B, then follow the majority at every decision.
	for (let step = 0; step < 30; step++) {
		const add = page.getByRole('button', { name: /^Pievienot balsi variantam / });
		const ended = page.getByText('Scenārijs beidzies.');
		// Wait until the next decision or the ending has rendered before looking at which it is.
		await expect(ended.or(add.first())).toBeVisible();
		if (await ended.isVisible()) break;
		const target = (await add.count()) > 1 ? add.nth(1) : add.first();
		await target.click();
		await target.click();
		await page.getByRole('button', { name: 'Turpināt ar vairākuma izvēli' }).click();
	}
	await expect(page.getByText('Scenārijs beidzies.')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Lejupielādēt pierakstu CSV (izklājlapai)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${id}-sesija.csv`);
	const rows = parseCsv(readFileSync((await file.path())!, 'utf8'));
	expect(rows[0]).toEqual([
		'Lēmums',
		'Lēmuma punkts',
		'Burts',
		'Rīcības variants',
		'Vērtējums',
		'Balsis',
		'Grupa izvēlējās',
	]);
	const body = rows.slice(1);
	expect(body.every((r) => r.length === 7)).toBe(true);
	const decisions = body.filter((r) => /^\d+$/.test(r[0]!));
	expect(decisions.length).toBeGreaterThan(0);
	// Exactly one option followed per decision, and it had the two votes.
	const numbers = [...new Set(decisions.map((r) => r[0]))];
	for (const n of numbers) {
		const followed = decisions.filter((r) => r[0] === n && r[6] === 'jā');
		expect(followed).toHaveLength(1);
		expect(followed[0]![5]).toBe('2');
	}
	const labels = Object.values(scenario.nodes).flatMap((n) => (n.choices ?? []).map((c) => c.label));
	for (const r of decisions) expect(labels).toContain(r[3]);
	const ending = body.at(-1)!;
	expect(ending[0]).toBe('Noslēgums');
	expect(Object.values(scenario.nodes).some((n) => n.ending && n.title === ending[1])).toBe(true);
});

test('the run sheet prints on one A4 page, and the trainer hub explains how to run a session', async ({
	page,
}) => {
	for (const { id } of scenarios) {
		await page.goto(`/scenariji/${id}/vadibas-lapa/`);
		await expect(page.locator('tbody tr')).not.toHaveCount(0);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages, id).toBe(1);
	}
	await page.goto('/vaditajiem/');
	const guide = page.getByRole('region', { name: 'Kā vadīt nodarbību' });
	for (const h of [
		'Divi logi vai paplašināts ekrāns',
		'Laiks katram lēmumam',
		'Grupas lielums',
		'Kad atklāt sekas',
		'Sesijas pieraksts',
	])
		await expect(guide.getByRole('heading', { name: h })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Vadības lapa (viena lapa drukāšanai)' })).toHaveCount(
		scenarios.length,
	);
});
