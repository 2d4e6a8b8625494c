import { describe, expect, test } from 'vitest';
import {
	availableChoices,
	back,
	choose,
	currentNode,
	currentNodeId,
	holds,
	isEnded,
	pathSummary,
	restart,
	score,
	start,
	variables,
} from '../../../src/lib/scenario/engine.ts';
import { contentHash } from '../../../src/lib/scenario/hash.ts';
import type { Scenario, ScenarioState } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

// valid.json, with `uzticiba` starting at 0:
//   sakums ─zvanu (+1)→ majas ─runaju-ar-berniem [uzticiba >= 1]→ beigas-labi
//          │                  └aizeju→ beigas-slikti
//          └gaidu (−1)→ gaidisana ─atgriezos→ sakums (the loop)
//                                 └slegu-lietu→ beigas-slikti
const scenario = readFixture('scenarios/valid.json') as Scenario;
const play = (...choices: string[]): ScenarioState =>
	choices.reduce((s, id) => choose(scenario, s, id), start(scenario, 'klusums'));
const ids = (state: ScenarioState) => availableChoices(scenario, state).map((c) => c.id);

describe('start', () => {
	test('begins at the start node with nothing chosen', () => {
		expect(start(scenario, 'klusums')).toEqual({
			v: 1,
			scenarioId: 'klusums',
			contentHash: contentHash(scenario),
			path: [{ node: 'sakums' }],
		});
	});
});

describe('choose', () => {
	test('records the choice on the current step and moves to its next node', () => {
		expect(play('zvanu').path).toEqual([{ node: 'sakums', choice: 'zvanu' }, { node: 'majas' }]);
		expect(currentNode(scenario, play('zvanu')).title).toBe('Mājas vizīte');
	});

	test('leaves the state it was given unchanged', () => {
		const before = start(scenario, 'klusums');
		const copy = structuredClone(before);
		choose(scenario, before, 'zvanu');
		expect(before).toEqual(copy);
	});

	test('throws when the choice does not exist at this node', () => {
		expect(() => play('aizeju')).toThrowErrorMatchingInlineSnapshot(
			`[Error: Choice "aizeju" is not available at node "sakums".]`,
		);
	});

	test('throws when the choice is hidden by its condition', () => {
		expect(() => play('gaidu', 'atgriezos', 'zvanu', 'runaju-ar-berniem')).toThrow(/runaju-ar-berniem/);
	});

	test('throws at an ending', () => {
		expect(() => play('gaidu', 'slegu-lietu', 'atgriezos')).toThrow(/beigas-slikti/);
	});
});

describe('back', () => {
	test('undoes the last choice', () => {
		expect(back(play('zvanu', 'aizeju'))).toEqual(play('zvanu'));
	});

	test('at the start returns the state unchanged', () => {
		const s = start(scenario, 'klusums');
		expect(back(s)).toBe(s);
	});

	test('going back also undoes the choice’s effect on variables and score', () => {
		const there = play('gaidu');
		expect(variables(scenario, there)).toEqual({ uzticiba: -1 });
		expect(score(scenario, there).harmful).toBe(1);
		const undone = back(there);
		expect(variables(scenario, undone)).toEqual({ uzticiba: 0 });
		expect(score(scenario, undone)).toEqual({ recommended: 0, acceptable: 0, harmful: 0 });
	});
});

describe('restart', () => {
	test('returns to the start node, keeping the scenario id and hash', () => {
		const s = play('gaidu', 'atgriezos', 'zvanu');
		expect(restart(s)).toEqual(start(scenario, 'klusums'));
	});
});

describe('currentNodeId', () => {
	test('is the node of the last step', () => {
		expect(currentNodeId(play('gaidu', 'atgriezos'))).toBe('sakums');
	});
});

describe('availableChoices', () => {
	test('offers a choice once its condition holds', () => {
		expect(ids(play('zvanu'))).toEqual(['runaju-ar-berniem', 'aizeju']);
	});

	test('hides a choice whose condition does not hold', () => {
		// −1 for waiting, +1 for calling: trust is back at 0.
		expect(ids(play('gaidu', 'atgriezos', 'zvanu'))).toEqual(['aizeju']);
	});

	test('offers nothing at an ending', () => {
		expect(ids(play('zvanu', 'aizeju'))).toEqual([]);
	});
});

describe('variables', () => {
	test('adds the effects of every choice taken, loops included, to the initial values', () => {
		expect(variables(scenario, start(scenario, 'klusums'))).toEqual({ uzticiba: 0 });
		expect(variables(scenario, play('gaidu', 'atgriezos', 'gaidu'))).toEqual({ uzticiba: -2 });
	});
});

describe('isEnded', () => {
	test('is true only at an ending node', () => {
		expect(isEnded(scenario, play('zvanu'))).toBe(false);
		expect(isEnded(scenario, play('zvanu', 'runaju-ar-berniem'))).toBe(true);
	});
});

describe('pathSummary', () => {
	test('lists each step with the choice taken and the recommended choices that were offered there', () => {
		// At "majas" the recommended choice was hidden (trust 0), so none is listed there.
		const summary = pathSummary(scenario, play('gaidu', 'atgriezos', 'zvanu', 'aizeju'));
		expect(
			summary.map(
				(s) =>
					`${s.nodeId}: ${s.choice?.id ?? '—'} (${s.quality ?? '—'}) · ieteicams: ${s.recommended.map((r) => r.id).join(', ')}`,
			),
		).toMatchInlineSnapshot(`
			[
			  "sakums: gaidu (harmful) · ieteicams: zvanu",
			  "gaidisana: atgriezos (acceptable) · ieteicams: ",
			  "sakums: zvanu (recommended) · ieteicams: zvanu",
			  "majas: aizeju (acceptable) · ieteicams: ",
			  "beigas-slikti: — (—) · ieteicams: ",
			]
		`);
	});

	test('lists a conditional recommended choice when its condition held at that step', () => {
		const atHome = pathSummary(scenario, play('zvanu', 'aizeju'))[1];
		expect(atHome?.recommended.map((c) => c.id)).toEqual(['runaju-ar-berniem']);
	});

	test('gives node titles and whole choices for the debrief', () => {
		const [first] = pathSummary(scenario, play('gaidu'));
		expect(first?.nodeTitle).toBe('Ziņojums');
		expect(first?.recommended.map((c) => c.label)).toEqual(['Zvanu ģimenei trīs dienu laikā.']);
		expect(first?.choice?.feedback).toBe('Klusums ieilgst.');
	});
});

describe('score', () => {
	test('counts the choices taken by quality', () => {
		expect(score(scenario, play('gaidu', 'atgriezos', 'zvanu', 'aizeju'))).toEqual({
			recommended: 1,
			acceptable: 2,
			harmful: 1,
		});
	});
});

describe('holds', () => {
	test.each([
		['<', 2, true],
		['<=', 1, true],
		['==', 1, true],
		['!=', 1, false],
		['>=', 2, false],
		['>', 0, true],
	] as const)('1 %s %d is %s', (op, value, expected) => {
		expect(holds({ var: 'x', op, value }, { x: 1 })).toBe(expected);
	});

	test('counts an unset variable as 0', () => {
		expect(holds({ var: 'y', op: '==', value: 0 }, {})).toBe(true);
	});
});
