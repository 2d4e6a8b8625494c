import { describe, expect, test } from 'vitest';
import { choose, start } from '../../../src/lib/scenario/engine.ts';
import { contentHash } from '../../../src/lib/scenario/hash.ts';
import { restoreState, serializeState } from '../../../src/lib/scenario/state.ts';
import type { Scenario, ScenarioState } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const scenario = readFixture('scenarios/valid.json') as Scenario;
const play = (...choices: string[]): ScenarioState =>
	choices.reduce((s, id) => choose(scenario, s, id), start(scenario, 'klusums'));
/** A stored run with some fields replaced, as another version of the site might have written it. */
const stored = (patch: Record<string, unknown>) => JSON.stringify({ ...play('zvanu'), ...patch });

describe('serializeState', () => {
	test('writes plain JSON', () => {
		expect(serializeState(play('zvanu'))).toBe(
			`{"v":1,"scenarioId":"klusums","contentHash":"${contentHash(scenario)}","path":[{"node":"sakums","choice":"zvanu"},{"node":"majas"}]}`,
		);
	});
});

describe('restoreState', () => {
	test('restores a stored run exactly (round trip)', () => {
		const run = play('gaidu', 'atgriezos', 'zvanu', 'aizeju');
		expect(restoreState(scenario, 'klusums', serializeState(run))).toEqual(run);
	});

	test('also accepts an already parsed value', () => {
		expect(restoreState(scenario, 'klusums', play('zvanu'))).toEqual(play('zvanu'));
	});

	test('returns null for corrupt JSON', () => {
		expect(restoreState(scenario, 'klusums', '{"v":1,"path":[')).toBeNull();
	});

	test('returns null for values that are not a run', () => {
		expect(restoreState(scenario, 'klusums', 'null')).toBeNull();
		expect(restoreState(scenario, 'klusums', '[1,2]')).toBeNull();
		expect(restoreState(scenario, 'klusums', stored({ path: [] }))).toBeNull();
		expect(restoreState(scenario, 'klusums', stored({ path: [{ node: 1 }] }))).toBeNull();
	});

	test('returns null for another state version', () => {
		expect(restoreState(scenario, 'klusums', stored({ v: 2 }))).toBeNull();
	});

	test('returns null for a run of another scenario', () => {
		expect(restoreState(scenario, 'cits-scenarijs', serializeState(play('zvanu')))).toBeNull();
	});

	test('returns null when the scenario has changed since the run was stored', () => {
		const edited: Scenario = { ...scenario, title: `${scenario.title} (labots)` };
		expect(restoreState(edited, 'klusums', serializeState(play('zvanu')))).toBeNull();
	});

	test('returns null when the path names a choice the scenario no longer has', () => {
		const path = [{ node: 'sakums', choice: 'iznemta-izvele' }, { node: 'majas' }];
		expect(restoreState(scenario, 'klusums', stored({ path }))).toBeNull();
	});

	test('returns null when the path takes a choice its condition hid', () => {
		const run = play('gaidu', 'atgriezos', 'zvanu');
		const path = [
			...run.path.slice(0, -1),
			{ node: 'majas', choice: 'runaju-ar-berniem' },
			{ node: 'beigas-labi' },
		];
		expect(restoreState(scenario, 'klusums', stored({ path }))).toBeNull();
	});

	test('returns null when a step does not follow from the choice before it', () => {
		const path = [{ node: 'sakums', choice: 'zvanu' }, { node: 'gaidisana' }];
		expect(restoreState(scenario, 'klusums', stored({ path }))).toBeNull();
	});

	test('returns null when the path does not begin at the start node', () => {
		expect(restoreState(scenario, 'klusums', stored({ path: [{ node: 'majas' }] }))).toBeNull();
	});
});

describe('contentHash', () => {
	test('is 8 hex digits and the same for the same content', () => {
		expect(contentHash(scenario)).toMatch(/^[0-9a-f]{8}$/);
		expect(contentHash(structuredClone(scenario))).toBe(contentHash(scenario));
	});

	test('does not depend on key order', () => {
		const reordered = Object.fromEntries(Object.entries(scenario).reverse()) as Scenario;
		expect(contentHash(reordered)).toBe(contentHash(scenario));
	});

	test('changes when a word of the text changes', () => {
		const node = scenario.nodes.sakums!;
		const edited = { ...scenario, nodes: { ...scenario.nodes, sakums: { ...node, text: 'Cits teksts.' } } };
		expect(contentHash(edited)).not.toBe(contentHash(scenario));
	});
});
