import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { availableChoices, choose, currentNodeId, start, variables } from '../../src/lib/scenario/engine.ts';
import type { Scenario, ScenarioState } from '../../src/lib/scenario/types.ts';
import { encodeSession } from '../../src/lib/facilitator/session.ts';
import { letterCount } from '../../src/lib/scenario-views/display.ts';
import { resolveScenario } from '../../src/lib/scenario-views/cited.ts';
import { contentHash } from '../../src/lib/scenario/hash.ts';

const ID = 'partneris-formas-terpa';
const NODE = 'jauns-zinojums';
const CONDITIONAL = 'drosais-zvans';
const scenario = parse(readFileSync(`content/scenarios/${ID}.yaml`, 'utf8')) as Scenario;

/** A run that reaches `jauns-zinojums` with trust below 3 and one with trust 3 or more, found with the engine. */
function runsToNode(): { low: ScenarioState; high: ScenarioState } {
	const found: { low?: ScenarioState; high?: ScenarioState } = {};
	const queue = [start(scenario, ID)];
	const seen = new Set<string>();
	while (queue.length && !(found.low && found.high)) {
		const state = queue.shift()!;
		const here = currentNodeId(state);
		const trust = variables(scenario, state).uzticiba ?? 0;
		if (here === NODE) {
			if (trust < 3) found.low ??= state;
			else found.high ??= state;
			continue;
		}
		const key = `${here}|${trust}`;
		if (seen.has(key) || state.path.length > 30) continue;
		seen.add(key);
		for (const c of availableChoices(scenario, state)) queue.push(choose(scenario, state, c.id));
	}
	if (!found.low || !found.high) throw new Error('No run reaches jauns-zinojums at both trust values');
	return { low: found.low, high: found.high };
}

/** choice id → letter, as a page shows the options of `jauns-zinojums`. */
async function lettersOn(page: Page, items: string, letter: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	const list = page.locator(items);
	await expect(list.first()).toBeVisible();
	for (const li of await list.all()) {
		const id = (await li.getAttribute('data-choice'))!;
		out[id] = (await li.locator(letter).first().textContent())!.trim().replace(/\.$/, '');
	}
	return out;
}

test('jauns-zinojums: the projector, the facilitator, the handout and the answer key give each option the same letter, at trust below 3 and at 3 or more', async ({
	page,
	context,
}) => {
	await page.goto(`/scenariji/${ID}/izdale/`);
	const handout = await lettersOn(page, `#punkts-${NODE} li[data-choice]`, '.option-letter');
	await page.goto(`/scenariji/${ID}/atbildes/`);
	const key = await lettersOn(page, `#punkts-${NODE} .key-options > li[data-choice]`, '.option-letter');
	expect(Object.keys(handout).sort()).toEqual(scenario.nodes[NODE]!.choices!.map((c) => c.id).sort());
	expect(key).toEqual(handout);
	expect(Object.values(handout).sort()).toEqual(['A', 'B', 'C']);

	const runs = runsToNode();
	for (const [trust, run] of [
		['below 3', runs.low],
		['3 or more', runs.high],
	] as const) {
		await test.step(`trust ${trust}`, async () => {
			// Resume a facilitator session standing at jauns-zinojums (as after a reload in the workshop).
			// The islands get the scenario with its citations resolved, so a stored run carries that hash.
			const session = encodeSession({
				run: { ...run, contentHash: contentHash(resolveScenario(scenario)) },
				votes: Array<number>(letterCount(scenario, NODE)).fill(0),
				revealed: false,
				history: run.path.slice(1).map(() => []),
			});
			await page.goto(`/scenariji/${ID}/vaditajam/`);
			await page.evaluate(([k, v]) => sessionStorage.setItem(k!, v!), [`pc:facilitator:${ID}:v2`, session]);
			await page.reload();
			await expect(page.locator('.facilitator')).toHaveAttribute('data-node', NODE);
			await expect(page.getByRole('button', { name: 'Atklāt sekas' })).toBeEnabled();
			const projector = await context.newPage();
			await projector.goto(`/scenariji/${ID}/projektors/`);
			await expect(projector.locator('.projector-view h2')).toHaveText(scenario.nodes[NODE]!.title);

			const onProjector = await lettersOn(projector, '.tally > li[data-choice]', '.tally__label strong');
			const onFacilitator = await lettersOn(page, '.tally > li[data-choice]', '.tally__label strong');
			const offered =
				trust === 'below 3'
					? Object.fromEntries(Object.entries(handout).filter(([id]) => id !== CONDITIONAL))
					: handout;
			expect(onProjector).toEqual(offered);
			expect(onFacilitator).toEqual(offered);

			// A vote for a letter shows under that letter on the projector.
			const letter = Object.values(offered)[0]!;
			await page.getByRole('button', { name: `Pievienot balsi variantam ${letter}` }).click();
			const id = Object.keys(offered)[0]!;
			await expect(projector.locator(`.tally > li[data-choice="${id}"] .tally__count`)).toHaveText(
				'Balsis: 1',
			);
			await projector.close();
		});
	}
});
