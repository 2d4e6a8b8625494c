import { describe, expect, test } from 'vitest';
import {
	confusion,
	currentCard,
	deckOrder,
	next,
	pickCategory,
	pickResponse,
	responseOrders,
	result,
	start,
	type DrillDef,
	type DrillState,
} from '../../../src/lib/drill/session.ts';
import { drillSchema } from '../../../src/content/schemas/tool-drill.ts';
import { schemaProblems } from '../../helpers/fixtures.ts';

const def: DrillDef = {
	categories: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
	cards: [
		{ id: 'k1', category: 'a', responses: [{ correct: true }, { correct: false }, { correct: false }] },
		{ id: 'k2', category: 'b', responses: [{ correct: false }, { correct: true }, { correct: false }] },
		{ id: 'k3', category: 'c', responses: [{ correct: false }, { correct: false }, { correct: true }] },
		{ id: 'k4', category: 'a', responses: [{ correct: true }, { correct: false }, { correct: false }] },
	],
};

/** Plays one card: category, then response (content index), then next. */
function play(s: DrillState, category: string, response: number): DrillState {
	return next(pickResponse(pickCategory(s, def, category), def, response));
}

describe('deck order', () => {
	test('is seeded by the tool id: the same on every call, a permutation of the cards', () => {
		const order = deckOrder('t', def);
		expect(deckOrder('t', def)).toEqual(order);
		expect([...order].sort()).toEqual(['k1', 'k2', 'k3', 'k4']);
	});
	test('response orders are permutations, one per card', () => {
		const orders = responseOrders('t', def);
		for (const c of def.cards) expect([...orders[c.id]!].sort()).toEqual([0, 1, 2]);
	});
});

describe('session', () => {
	test('starts at the first card of the deck, asking for the category', () => {
		const s = start('t', def);
		expect(s.phase).toBe('stage');
		expect(currentCard(s)).toBe(deckOrder('t', def)[0]);
	});
	test('category, then response, then feedback, then the next card', () => {
		let s = start('t', def);
		const first = currentCard(s)!;
		s = pickCategory(s, def, 'a');
		expect(s.phase).toBe('response');
		expect(s.pick).toBe('a');
		s = pickResponse(s, def, 0);
		expect(s.phase).toBe('feedback');
		expect(s.answers).toHaveLength(1);
		expect(s.answers[0]!.card).toBe(first);
		s = next(s);
		expect(s.phase).toBe('stage');
		expect(s.pick).toBeNull();
		expect(currentCard(s)).toBe(deckOrder('t', def)[1]);
	});
	test('out-of-phase and unknown actions change nothing', () => {
		const s = start('t', def);
		expect(pickResponse(s, def, 0)).toBe(s);
		expect(pickCategory(s, def, 'nav')).toBe(s);
		expect(next(s)).toBe(s);
		const r = pickCategory(s, def, 'a');
		expect(pickCategory(r, def, 'b')).toBe(r);
		expect(pickResponse(r, def, 9)).toBe(r);
	});
	test('ends with done after the last card', () => {
		let s = start('t', def);
		for (const id of s.order) {
			const card = def.cards.find((c) => c.id === id)!;
			s = play(
				s,
				card.category,
				card.responses.findIndex((x) => x.correct),
			);
		}
		expect(s.phase).toBe('done');
		expect(currentCard(s)).toBeNull();
		expect(result(s.answers)).toEqual({ correct: 4, total: 4, categories: 4, responses: 4 });
	});
	test('an empty deck is done at once', () => {
		expect(start('t', { categories: def.categories, cards: [] }).phase).toBe('done');
	});
});

describe('confusion and result', () => {
	const answers = [
		{ card: 'k1', expected: 'a', chosen: 'b', response: 0, responseCorrect: true },
		{ card: 'k4', expected: 'a', chosen: 'b', response: 1, responseCorrect: false },
		{ card: 'k2', expected: 'b', chosen: 'b', response: 0, responseCorrect: false },
		{ card: 'k3', expected: 'c', chosen: 'a', response: 2, responseCorrect: true },
	];
	test('tallies which category was taken for which, most frequent first', () => {
		expect(confusion(answers)).toEqual([
			{ expected: 'a', chosen: 'b', count: 2 },
			{ expected: 'c', chosen: 'a', count: 1 },
		]);
	});
	test('a card is right only with both the category and the response right', () => {
		expect(result(answers)).toEqual({ correct: 0, total: 4, categories: 1, responses: 2 });
		expect(result([])).toEqual({ correct: 0, total: 0, categories: 0, responses: 0 });
	});
});

describe('content rules', () => {
	test('a card with an unknown stage and a response citing nothing fail, naming the field', () => {
		expect(schemaProblems(drillSchema, 'content/drill-bad-card.yaml')).toMatchInlineSnapshot(`
			[
			  "content/drill-bad-card.yaml → cards.0.category: Kārtij "k1" nezināma kategorija "planosanas"; iespējamās: pirmsnodomu, nodomu.",
			  "content/drill-bad-card.yaml → cards.0.responses.1.text: Kārts "k1" atbildei 2 jānorāda avots, no kura tā ņemta, piemēram, [@003 1.5., 3178–3212].",
			]
		`);
	});
});
