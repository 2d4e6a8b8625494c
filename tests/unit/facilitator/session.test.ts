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
import { displayChoices } from '../../../src/lib/scenario-views/display.ts';

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
		s = vote(scenario, vote(scenario, vote(scenario, s, 1, 1), 1, 1), 0, -1);
		expect(s.votes).toEqual([0, 2]);
		expect(vote(scenario, s, 5, 1)).toBe(s);
	});
});

describe('leadingOption', () => {
	test('picks the most-voted option, the first on a tie, and none without votes', () => {
		const s = startSession(scenario, 'x');
		expect(leadingOption(s)).toBe(-1);
		expect(leadingOption(vote(scenario, vote(scenario, s, 0, 1), 1, 1))).toBe(0);
		expect(leadingOption(vote(scenario, vote(scenario, s, 1, 1), 1, 1))).toBe(1);
	});
});

describe('followOption', () => {
	test('moves on, hides consequences and clears the tally; back returns', () => {
		const s = toggleReveal(vote(scenario, startSession(scenario, 'x'), 1, 1));
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
		const s = toggleReveal(vote(scenario, startSession(scenario, 'x'), 1, 1));
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
		s = vote(scenario, vote(scenario, vote(scenario, s, 0, 1), 1, 1), 1, 1);
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

describe('votes follow letters when a condition hides an option', () => {
	// Node "a" offers "drosi" only while trust >= 1; at the start trust is 0.
	const conditional = {
		...scenario,
		variables: { uzticiba: 0 },
		nodes: {
			...scenario.nodes,
			a: {
				...scenario.nodes.a!,
				choices: [
					{
						id: 'drosi',
						label: 'D',
						next: 'b',
						quality: 'recommended',
						feedback: 'f',
						source: src,
						requires: { var: 'uzticiba', op: '>=', value: 1 },
					},
					...scenario.nodes.a!.choices!.map((c) => ({ ...c, quality: 'acceptable' as const })),
				],
			},
		},
	} as Scenario;
	const letters = displayChoices(conditional, 'x', 'a');
	const hidden = letters.find((d) => d.choice.id === 'drosi')!;
	const shown = letters.filter((d) => d.choice.id !== 'drosi');

	test('the tally has a slot for every letter; the hidden letter takes no vote', () => {
		const s = startSession(conditional, 'x');
		expect(s.votes).toHaveLength(3);
		expect(vote(conditional, s, hidden.position, 1)).toBe(s);
		const voted = vote(conditional, s, shown[1]!.position, 1);
		expect(voted.votes[shown[1]!.position]).toBe(1);
	});

	test('the record letters the offered options as the handout does, with the gap', () => {
		let s = startSession(conditional, 'x');
		s = vote(conditional, s, shown[0]!.position, 1);
		s = followOption(conditional, s, shown[0]!.position);
		const record = sessionRecord(conditional, s, {
			title: 'S',
			decision: (n) => `${n}.`,
			votes: (c) => `${c}`,
			followed: 'izvēlēts',
			quality: { recommended: 'r', acceptable: 'a', harmful: 'h' },
			ending: 'B',
		});
		expect(record).toContain(`  ${shown[0]!.letter}. ${shown[0]!.choice.label} [a]: 1 — izvēlēts`);
		expect(record).toContain(`  ${shown[1]!.letter}. ${shown[1]!.choice.label} [a]: 0`);
		expect(record).not.toContain(`${hidden.letter}. D`);
	});
});
