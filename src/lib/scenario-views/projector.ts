import { firstSentence } from '../text/sentences.ts';

/**
 * How much the projector shows, from most to least. The projector starts at level 0 and, while
 * the page is taller than the screen, steps down one level at a time (measured in the browser):
 * after the reveal it first drops the situation (the group has read it; the facilitator's window
 * keeps it), then shortens each consequence to its first sentence, then shows only the verdict.
 * Before the reveal the situation and the options always stay.
 */
export type ProjectorDetail = { situation: boolean; feedback: 'full' | 'first' | 'none' };

const REVEALED: ProjectorDetail[] = [
	{ situation: true, feedback: 'full' },
	{ situation: false, feedback: 'full' },
	{ situation: false, feedback: 'first' },
	{ situation: false, feedback: 'none' },
];
const HIDDEN: ProjectorDetail[] = [{ situation: true, feedback: 'none' }];

/** The levels the projector can step through, most detailed first. */
export function projectorLevels(revealed: boolean): ProjectorDetail[] {
	return revealed ? REVEALED : HIDDEN;
}

/** What to show at `level` (clamped to the last level). */
export function projectorDetail(revealed: boolean, level: number): ProjectorDetail {
	const levels = projectorLevels(revealed);
	return levels[Math.min(Math.max(0, level), levels.length - 1)]!;
}

/** An option's consequence text at this detail. */
export function feedbackAt(feedback: string, detail: ProjectorDetail): string {
	return detail.feedback === 'full'
		? feedback.trim()
		: detail.feedback === 'first'
			? firstSentence(feedback)
			: '';
}

/** One vote bar: the count and its whole-number share of all votes at this decision (0 when nobody voted). */
export type VoteBar = { position: number; votes: number; percent: number };

/** Vote bars for the letter positions shown; percentages are of the votes for the options shown. */
export function voteBars(votes: number[], positions: number[]): VoteBar[] {
	const total = positions.reduce((sum, p) => sum + (votes[p] ?? 0), 0);
	return positions.map((position) => {
		const v = votes[position] ?? 0;
		return { position, votes: v, percent: total === 0 ? 0 : Math.round((100 * v) / total) };
	});
}
