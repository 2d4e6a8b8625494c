import { describe, expect, test } from 'vitest';
import {
	allPaths,
	currentStep,
	follow,
	isTerminal,
	startWalk,
	stepBack,
} from '../../../src/lib/algorithm/walk.ts';
import { validateFlow } from '../../../src/lib/algorithm/validate.ts';
import type { Flow } from '../../../src/lib/algorithm/types.ts';

const flow: Flow = {
	start: 's',
	nodes: [
		{ id: 's', type: 'start', title: 'Sākums' },
		{ id: 'd', type: 'decision', title: 'Atbild?' },
		{ id: 'a', type: 'action', title: 'Vizīte' },
		{ id: 'e', type: 'outcome', title: 'Sadarbojas' },
	],
	edges: [
		{ from: 's', to: 'd' },
		{ from: 'd', to: 'e', label: 'jā' },
		{ from: 'd', to: 'a', label: 'nē' },
		{ from: 'a', to: 'd', uncertain: true },
	],
};

describe('follow / stepBack', () => {
	test('walks a branch and goes back one step at a time', () => {
		let s = startWalk(flow);
		s = follow(flow, s, 'd');
		s = follow(flow, s, 'a');
		expect(currentStep(flow, s).title).toBe('Vizīte');
		s = stepBack(s);
		expect(currentStep(flow, s).id).toBe('d');
		expect(stepBack(startWalk(flow))).toEqual(startWalk(flow));
	});
	test('refuses a branch that does not leave the current step', () => {
		expect(() => follow(flow, startWalk(flow), 'e')).toThrow();
	});
	test('knows when a branch ends', () => {
		const end = follow(flow, follow(flow, startWalk(flow), 'd'), 'e');
		expect(isTerminal(flow, end)).toBe(true);
	});
});

describe('allPaths', () => {
	test('lists every branch once, stopping at a loop', () => {
		expect(allPaths(flow)).toEqual([
			['s', 'd', 'e'],
			['s', 'd', 'a', 'd'],
		]);
	});
});

describe('validateFlow', () => {
	test('a well-formed graph has no issues', () => {
		expect(validateFlow(flow)).toEqual([]);
	});
});
