import type { Scenario, ScenarioState } from '../scenario/types.ts';
import { availableChoices, back, choose, restart, start } from '../scenario/engine.ts';
import { restoreState, serializeState } from '../scenario/state.ts';

/** A workshop session: the scenario run, the group's votes at the current node, and whether consequences are shown. */
export type Session = { run: ScenarioState; votes: number[]; revealed: boolean };

const fresh = (scenario: Scenario, run: ScenarioState): Session => ({
	run,
	votes: availableChoices(scenario, run).map(() => 0),
	revealed: false,
});

/** Starts a session at the scenario's first node with no votes. */
export function startSession(scenario: Scenario, id: string): Session {
	return fresh(scenario, start(scenario, id));
}

/** Adds (+1) or removes (−1) a vote for option `index`; counts never go below zero. */
export function vote(s: Session, index: number, delta: 1 | -1): Session {
	if (index < 0 || index >= s.votes.length) return s;
	return { ...s, votes: s.votes.map((v, i) => (i === index ? Math.max(0, v + delta) : v)) };
}

/** Shows or hides the consequences and feedback of the options. */
export function toggleReveal(s: Session): Session {
	return { ...s, revealed: !s.revealed };
}

/** Index of the option with most votes (the first one on a tie), or -1 when nobody voted. */
export function leadingOption(s: Session): number {
	const max = Math.max(0, ...s.votes);
	return max === 0 ? -1 : s.votes.indexOf(max);
}

/** Follows option `index` to the next node; the tally starts again there. */
export function followOption(scenario: Scenario, s: Session, index: number): Session {
	const choice = availableChoices(scenario, s.run)[index];
	return choice ? fresh(scenario, choose(scenario, s.run, choice.id)) : s;
}

/** Goes back one node (the tally restarts). */
export function sessionBack(scenario: Scenario, s: Session): Session {
	return fresh(scenario, back(s.run));
}

/** Starts over. */
export function sessionRestart(scenario: Scenario, s: Session): Session {
	return fresh(scenario, restart(s.run));
}

/** A facilitator command from the keyboard. */
export type KeyCommand = { type: 'vote'; index: number; delta: 1 | -1 } | { type: 'reveal' | 'next' | 'back' };

/** Maps a key press to a command: 1–9 vote, Shift+1–9 unvote, R reveal, N next (majority), B back. */
export function keyCommand(e: {
	code: string;
	key: string;
	shiftKey: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}): KeyCommand | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
	if (digit) return { type: 'vote', index: Number(digit[1]) - 1, delta: e.shiftKey ? -1 : 1 };
	const k = e.key.toLowerCase();
	if (k === 'r') return { type: 'reveal' };
	if (k === 'n') return { type: 'next' };
	if (k === 'b') return { type: 'back' };
	return null;
}

/** Serialises a session for the tab's sessionStorage. */
export function encodeSession(s: Session): string {
	return JSON.stringify({ run: serializeState(s.run), votes: s.votes, revealed: s.revealed });
}

/**
 * Restores a stored session, or null when it is corrupt or belongs to another version of the
 * scenario (the run is replayed by restoreState; votes must fit the current node's options).
 */
export function decodeSession(scenario: Scenario, id: string, raw: string | null): Session | null {
	if (!raw) return null;
	try {
		const saved = JSON.parse(raw) as { run?: unknown; votes?: unknown; revealed?: unknown };
		const run = restoreState(scenario, id, saved.run);
		if (!run) return null;
		const n = availableChoices(scenario, run).length;
		const votes =
			Array.isArray(saved.votes) && saved.votes.length === n && saved.votes.every((v) => Number.isInteger(v) && v >= 0)
				? (saved.votes as number[])
				: Array<number>(n).fill(0);
		return { run, votes, revealed: saved.revealed === true };
	} catch {
		return null;
	}
}
