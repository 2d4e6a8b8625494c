import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { displayChoices, scenarioOrder } from '../../../src/lib/scenario-views/display.ts';
import { answerKey } from '../../../src/lib/scenario-views/answer-key.ts';
import { layoutScenario } from '../../../src/lib/scenario-views/layout.ts';
import { start } from '../../../src/lib/scenario/engine.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';

const load = (id: string) => parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')) as Scenario;
const ID = 'partneris-formas-terpa';
const scenario = load(ID);
const NODE = 'jauns-zinojums';

/** A run standing at `jauns-zinojums` with the given trust (the order ignores start and variables). */
const runAt = (trust: number) => {
	const s = { ...scenario, start: NODE, variables: { ...scenario.variables, uzticiba: trust } };
	return { s, state: start(s, ID) };
};
const letters = (list: { letter: string; choice: { id: string } }[]) =>
	Object.fromEntries(list.map((d) => [d.choice.id, d.letter]));

describe('displayChoices', () => {
	test('letters the full list first: a hidden conditional option leaves a gap, never a shift', () => {
		const all = displayChoices(scenario, ID, NODE);
		expect(all.map((d) => d.letter)).toEqual(['A', 'B', 'C']);
		const low = runAt(2);
		const shownLow = displayChoices(low.s, ID, NODE, low.state);
		expect(shownLow.map((d) => d.choice.id)).not.toContain('drosais-zvans');
		expect(shownLow).toHaveLength(2);
		const high = runAt(3);
		const shownHigh = displayChoices(high.s, ID, NODE, high.state);
		expect(shownHigh.map((d) => d.choice.id)).toContain('drosais-zvans');
		// Every option keeps its letter at both trust values, and matches the answer key and the map.
		const full = letters(all);
		expect(letters(shownLow)).toEqual(
			Object.fromEntries(Object.entries(full).filter(([id]) => id !== 'drosais-zvans')),
		);
		expect(letters(shownHigh)).toEqual(full);
		const keyPoint = answerKey(scenario, ID).points.find((p) => p.id === NODE)!;
		expect(letters(keyPoint.options)).toEqual(full);
		const edges = layoutScenario(scenario, ID).edges.filter((e) => e.from === NODE);
		expect(edges.map((e) => e.label).sort()).toEqual(['A', 'B', 'C']);
	});

	test('the same content gives the same order on every call and for a copy of the data', () => {
		const copy = structuredClone(scenario);
		expect(scenarioOrder(copy, ID)).toEqual(scenarioOrder(scenario, ID));
		// Keys are content ids: another scenario id gives its own order.
		expect(scenarioOrder(copy, 'cits-id')).not.toEqual(scenarioOrder(scenario, ID));
	});
});

describe('every scenario in content/', () => {
	const ids = readdirSync('content/scenarios').map((f) => f.replace(/\.yaml$/, ''));
	for (const id of ids)
		test(`${id}: no letter holds the recommended choice in more than half of the decisions (rounded up)`, () => {
			const s = load(id);
			const counts = new Map<string, number>();
			let decisions = 0;
			for (const nodeId of Object.keys(s.nodes)) {
				const rec = displayChoices(s, id, nodeId).find((d) => d.choice.quality === 'recommended');
				if (!rec) continue;
				decisions++;
				counts.set(rec.letter, (counts.get(rec.letter) ?? 0) + 1);
			}
			expect(decisions).toBeGreaterThan(2);
			expect(Math.max(...counts.values())).toBeLessThanOrEqual(Math.ceil(decisions / 2));
			// And the recommended choice is no longer nearly always "A".
			expect(counts.get('A') ?? 0).toBeLessThan(decisions / 2);
		});
});
