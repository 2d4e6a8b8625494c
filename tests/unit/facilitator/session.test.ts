import { describe, expect, test } from 'vitest';
import {
	decodeSession,
	encodeSession,
	followOption,
	sessionRecord,
	sessionRestart,
	keyCommand,
	leadingOption,
	sessionBack,
	startSession,
	toggleReveal,
	vote,
} from '../../../src/lib/facilitator/session.ts';
import { currentNodeId } from '../../../src/lib/scenario/engine.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';

const src = { document: '000' as const, lines: '1' };
const scenario = {
	title: 't',
	course: 'vardarbiba',
	topics: ['x'],
	audience: ['praktiki'],
	minutes: 5,
	goals: ['g'],
	sources: [src],
	lessons: [],
	start: 'a',
	nodes: {
		a: {
			title: 'A',
			text: 'a',
			choices: [
				{ id: 'labi', label: 'L', next: 'b', quality: 'recommended', feedback: 'f', source: src },
				{ id: 'slikti', label: 'S', next: 'b', quality: 'harmful', feedback: 'f', source: src },
			],
		},
		b: { title: 'B', text: 'b', ending: { outcome: 'good', summary: 's', debrief: 'd', lessons: [] } },
	},
} as unknown as Scenario;

describe('vote', () => {
	test('counts votes per option and never below zero', () => {
		let s = startSession(scenario, 'x');
		s = vote(vote(vote(s, 1, 1), 1, 1), 0, -1);
		expect(s.votes).toEqual([0, 2]);
		expect(vote(s, 5, 1)).toBe(s);
	});
});

describe('leadingOption', () => {
	test('picks the most-voted option, the first on a tie, and none without votes', () => {
		const s = startSession(scenario, 'x');
		expect(leadingOption(s)).toBe(-1);
		expect(leadingOption(vote(vote(s, 0, 1), 1, 1))).toBe(0);
		expect(leadingOption(vote(vote(s, 1, 1), 1, 1))).toBe(1);
	});
});

describe('followOption', () => {
	test('moves on, hides consequences and clears the tally; back returns', () => {
		const s = toggleReveal(vote(startSession(scenario, 'x'), 1, 1));
		const next = followOption(scenario, s, 1);
		expect(currentNodeId(next.run)).toBe('b');
		expect(next.revealed).toBe(false);
		expect(next.votes).toEqual([]);
		expect(currentNodeId(sessionBack(scenario, next).run)).toBe('a');
	});
});

describe('keyCommand', () => {
	test('digits vote, Shift+digit unvotes, R/N/B/K/T are reveal/next/back/map/timer, modifiers are ignored', () => {
		expect(keyCommand({ code: 'Digit2', key: '2', shiftKey: false })).toEqual({
			type: 'vote',
			index: 1,
			delta: 1,
		});
		expect(keyCommand({ code: 'Digit2', key: '"', shiftKey: true })).toEqual({
			type: 'vote',
			index: 1,
			delta: -1,
		});
		expect(keyCommand({ code: 'KeyR', key: 'r', shiftKey: false })).toEqual({ type: 'reveal' });
		expect(keyCommand({ code: 'KeyN', key: 'N', shiftKey: true })).toEqual({ type: 'next' });
		expect(keyCommand({ code: 'KeyB', key: 'b', shiftKey: false })).toEqual({ type: 'back' });
		expect(keyCommand({ code: 'KeyK', key: 'k', shiftKey: false })).toEqual({ type: 'map' });
		expect(keyCommand({ code: 'KeyT', key: 't', shiftKey: false })).toEqual({ type: 'timer' });
		expect(keyCommand({ code: 'KeyX', key: 'x', shiftKey: false })).toBeNull();
		expect(keyCommand({ code: 'KeyR', key: 'r', shiftKey: false, ctrlKey: true })).toBeNull();
	});
});

describe('decodeSession', () => {
	test('restores a session after a reload, and rejects corrupt or foreign data', () => {
		const s = toggleReveal(vote(startSession(scenario, 'x'), 1, 1));
		expect(decodeSession(scenario, 'x', encodeSession(s))).toEqual(s);
		expect(decodeSession(scenario, 'x', '{broken')).toBeNull();
		expect(decodeSession(scenario, 'other', encodeSession(s))).toBeNull();
	});
	test('drops a tally that does not fit the node', () => {
		const s = startSession(scenario, 'x');
		const raw = JSON.stringify({ ...JSON.parse(encodeSession(s)), votes: [1, 2, 3] });
		expect(decodeSession(scenario, 'x', raw)?.votes).toEqual([0, 0]);
	});
});

describe('sessionRecord', () => {
	const labels = {
		title: 'Sesija',
		decision: (n: number) => `${n}. lēmums`,
		votes: (c: number) => `${c} balsis`,
		followed: 'izvēlēts',
		quality: { recommended: 'ieteicama', acceptable: 'pieņemama', harmful: 'kaitīga' },
		ending: 'Beigas',
	};
	test('lists each decision with the final tally, the option followed and the ending; back drops the last tally', () => {
		let s = startSession(scenario, 'x');
		s = vote(vote(vote(s, 0, 1), 1, 1), 1, 1);
		s = followOption(scenario, s, 1);
		expect(s.history).toEqual([[1, 2]]);
		expect(sessionRecord(scenario, s, labels)).toMatchInlineSnapshot(`
			"Sesija: t

			1. lēmums: A
			  A. L [ieteicama]: 1 balsis
			  B. S [kaitīga]: 2 balsis — izvēlēts

			Beigas: B — s
			"
		`);
		expect(sessionBack(scenario, s).history).toEqual([]);
		expect(sessionRestart(scenario, s).history).toEqual([]);
	});
});
