import { describe, expect, test } from 'vitest';
import { decisionCounter, mainChoice, mainLine } from '../../../src/lib/scenario-views/main-line.ts';
import { choose, start } from '../../../src/lib/scenario/engine.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const scenario = readFixture('scenarios/valid.json') as Scenario;

describe('main line and the decision counter', () => {
	test('the main line follows the recommended option from the start until an ending', () => {
		expect(mainLine(scenario, 'valid')).toEqual(['sakums', 'majas']);
	});

	test('"1. lēmums no 2" at the start, "2. lēmums no 2" one step on, none at an ending', () => {
		const run = start(scenario, 'valid');
		expect(decisionCounter(scenario, run)).toEqual({ number: 1, total: 2 });
		const home = choose(scenario, run, 'zvanu');
		expect(decisionCounter(scenario, home)).toEqual({ number: 2, total: 2 });
		expect(decisionCounter(scenario, choose(scenario, home, 'runaju-ar-berniem'))).toBeNull();
	});

	test('a detour adds its decision points to the total', () => {
		const detour = choose(scenario, start(scenario, 'valid'), 'gaidu');
		// gaidisana (2) → back to sakums (3) → majas (4)
		expect(decisionCounter(scenario, detour)).toEqual({ number: 2, total: 4 });
	});

	test('where a condition hides the recommended option, the main line takes the acceptable one', () => {
		// Trust falls to −1 on the detour and back, so at "majas" the recommended option is not offered.
		let run = choose(scenario, start(scenario, 'valid'), 'gaidu');
		run = choose(scenario, run, 'atgriezos');
		run = choose(scenario, run, 'gaidu');
		run = choose(scenario, run, 'atgriezos');
		run = choose(scenario, run, 'zvanu');
		expect(mainChoice(scenario, run)?.id).toBe('aizeju');
	});
});
