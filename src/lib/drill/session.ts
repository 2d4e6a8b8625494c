import { balancedOrders, displayOrder } from '../shuffle/seeded.ts';

/**
 * The drill engine (ARCHITECTURE-NEXT §4): a seeded deck of cards, each sorted into a category
 * (e.g. a stage of change) and then answered with the best of a few responses; a confusion tally
 * of which category was taken for which, and the result that goes to progress. Pure: the island
 * only renders the state and calls these actions.
 */

/** What the engine reads from a `drill` tool (src/content/schemas/tool-drill.ts). */
export type DrillDef = {
	categories: { id: string }[];
	cards: { id: string; category: string; responses: { correct: boolean }[] }[];
};

/** One answered card. `response` is the content index of the chosen response. */
export type DrillAnswer = {
	card: string;
	expected: string;
	chosen: string;
	response: number;
	responseCorrect: boolean;
};

/** stage → the learner picks a category; response → picks a response; feedback → sees both; done → summary. */
export type DrillPhase = 'stage' | 'response' | 'feedback' | 'done';

export type DrillState = {
	/** Card ids in deck order. */
	order: string[];
	/** Position in `order` of the current card. */
	index: number;
	phase: DrillPhase;
	/** The category picked for the current card. */
	pick: string | null;
	/** Answers in the order given. */
	answers: DrillAnswer[];
};

/** The seed key of a drill's deck: content ids, never positions or time. */
export const deckKey = (toolId: string) => `drill:${toolId}`;

/** The card ids of a drill in its seeded deck order (the same on every build and in every view). */
export function deckOrder(toolId: string, def: DrillDef): string[] {
	return displayOrder(deckKey(toolId), def.cards.length).map((i) => def.cards[i]!.id);
}

/**
 * The display order of each card's responses (`order[position] = content index`), balanced over
 * the deck so the right response does not sit in one position (lib/shuffle#balancedOrders).
 */
export function responseOrders(toolId: string, def: DrillDef): Record<string, number[]> {
	const orders = balancedOrders(
		def.cards.map((c) => ({
			key: `${deckKey(toolId)}:${c.id}`,
			size: c.responses.length,
			answer: c.responses.findIndex((r) => r.correct),
		})),
	);
	return Object.fromEntries(def.cards.map((c, i) => [c.id, orders[i]!]));
}

/** A new session at the first card of the seeded deck. */
export function start(toolId: string, def: DrillDef): DrillState {
	return {
		order: deckOrder(toolId, def),
		index: 0,
		phase: def.cards.length ? 'stage' : 'done',
		pick: null,
		answers: [],
	};
}

/** The current card's id, or null once the deck is done. */
export function currentCard(state: DrillState): string | null {
	return state.phase === 'done' ? null : (state.order[state.index] ?? null);
}

/** Picks the category of the current card. Ignored outside the stage phase or for an unknown category. */
export function pickCategory(state: DrillState, def: DrillDef, category: string): DrillState {
	if (state.phase !== 'stage' || !def.categories.some((c) => c.id === category)) return state;
	return { ...state, phase: 'response', pick: category };
}

/** Picks a response (content index) for the current card and records the answer; then feedback. */
export function pickResponse(state: DrillState, def: DrillDef, response: number): DrillState {
	if (state.phase !== 'response' || state.pick === null) return state;
	const card = def.cards.find((c) => c.id === currentCard(state));
	if (!card || !card.responses[response]) return state;
	const answer: DrillAnswer = {
		card: card.id,
		expected: card.category,
		chosen: state.pick,
		response,
		responseCorrect: card.responses[response]!.correct,
	};
	return { ...state, phase: 'feedback', answers: [...state.answers, answer] };
}

/** From feedback to the next card, or to the summary after the last. */
export function next(state: DrillState): DrillState {
	if (state.phase !== 'feedback') return state;
	const index = state.index + 1;
	return { ...state, index, pick: null, phase: index >= state.order.length ? 'done' : 'stage' };
}

/** A card counts as right only when both the category and the response were right. */
export const isRight = (a: DrillAnswer) => a.expected === a.chosen && a.responseCorrect;

/** Which category was taken for which: one row per (expected, chosen) pair that differ, most frequent first. */
export function confusion(answers: DrillAnswer[]): { expected: string; chosen: string; count: number }[] {
	const tally = new Map<string, { expected: string; chosen: string; count: number }>();
	for (const a of answers) {
		if (a.expected === a.chosen) continue;
		const key = `${a.expected}\u0000${a.chosen}`;
		const row = tally.get(key) ?? { expected: a.expected, chosen: a.chosen, count: 0 };
		row.count++;
		tally.set(key, row);
	}
	return [...tally.values()].sort(
		(x, y) => y.count - x.count || x.expected.localeCompare(y.expected) || x.chosen.localeCompare(y.chosen),
	);
}

export type DrillResult = {
	/** Cards with both the category and the response right (this goes to progress). */
	correct: number;
	total: number;
	/** Cards whose category was right. */
	categories: number;
	/** Cards whose response was right. */
	responses: number;
};

/** The result of the answers given so far. */
export function result(answers: DrillAnswer[]): DrillResult {
	return {
		correct: answers.filter(isRight).length,
		total: answers.length,
		categories: answers.filter((a) => a.expected === a.chosen).length,
		responses: answers.filter((a) => a.responseCorrect).length,
	};
}
