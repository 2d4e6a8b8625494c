import type { Scenario, ScenarioState } from '../scenario/types.ts';
import { back, choose, currentNodeId, restart, start } from '../scenario/engine.ts';
import { restoreState, serializeState } from '../scenario/state.ts';
import { displayChoices, letterCount, type DisplayChoice } from '../scenario-views/display.ts';

/**
 * A workshop session: the scenario run, the group's votes at the current node, whether the
 * consequences are shown, and the final tally of every decision already taken (one entry per
 * step of the run's path before the current node, so "back" simply drops the last one).
 *
 * Votes follow letters: `votes[p]` counts the option lettered by position `p` (A = 0) in
 * `displayChoices`, whether or not a condition hides it now (a hidden option keeps its 0).
 */
export type Session = { run: ScenarioState; votes: number[]; revealed: boolean; history: number[][] };

/** The options offered at the session's current node, lettered as in every view. */
export function sessionChoices(scenario: Scenario, run: ScenarioState): DisplayChoice[] {
	return displayChoices(scenario, run.scenarioId, currentNodeId(run), run);
}

const fresh = (scenario: Scenario, run: ScenarioState, history: number[][]): Session => ({
	run,
	votes: Array<number>(letterCount(scenario, currentNodeId(run))).fill(0),
	revealed: false,
	history,
});

/** Starts a session at the scenario's first node with no votes. */
export function startSession(scenario: Scenario, id: string): Session {
	return fresh(scenario, start(scenario, id), []);
}

/**
 * Adds (+1) or removes (−1) a vote for the option at letter position `index`; counts never go
 * below zero, and an option a condition hides (or a letter the node does not have) takes no vote.
 */
export function vote(scenario: Scenario, s: Session, index: number, delta: 1 | -1): Session {
	if (!sessionChoices(scenario, s.run).some((d) => d.position === index)) return s;
	return { ...s, votes: s.votes.map((v, i) => (i === index ? Math.max(0, v + delta) : v)) };
}

/** Shows or hides the consequences and feedback of the options. */
export function toggleReveal(s: Session): Session {
	return { ...s, revealed: !s.revealed };
}

/** Letter position of the option with most votes (the first one on a tie), or -1 when nobody voted. */
export function leadingOption(s: Session): number {
	const max = Math.max(0, ...s.votes);
	return max === 0 ? -1 : s.votes.indexOf(max);
}

/** Follows the option at letter position `index` to the next node; the tally starts again there. */
export function followOption(scenario: Scenario, s: Session, index: number): Session {
	const choice = sessionChoices(scenario, s.run).find((d) => d.position === index)?.choice;
	return choice ? fresh(scenario, choose(scenario, s.run, choice.id), [...s.history, s.votes]) : s;
}

/** Goes back one node (the tally restarts). */
export function sessionBack(scenario: Scenario, s: Session): Session {
	return s.run.path.length > 1 ? fresh(scenario, back(s.run), s.history.slice(0, -1)) : s;
}

/** Starts over. */
export function sessionRestart(scenario: Scenario, s: Session): Session {
	return fresh(scenario, restart(s.run), []);
}

/** A facilitator command from the keyboard. */
export type KeyCommand =
	{ type: 'vote'; index: number; delta: 1 | -1 } | { type: 'reveal' | 'next' | 'back' | 'map' | 'timer' };

/** Maps a key press to a command: 1–9 vote for A–I, Shift+1–9 unvote, R reveal, N next (majority), B back, K map (karte), T discussion timer. */
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
	if (k === 'k') return { type: 'map' };
	if (k === 't') return { type: 'timer' };
	return null;
}

/** Serialises a session for the tab's sessionStorage. */
export function encodeSession(s: Session): string {
	return JSON.stringify({
		run: serializeState(s.run),
		votes: s.votes,
		revealed: s.revealed,
		history: s.history,
	});
}

/**
 * Restores a stored session, or null when it is corrupt or belongs to another version of the
 * scenario (the run is replayed by restoreState; votes must fit the current node's options).
 */
export function decodeSession(scenario: Scenario, id: string, raw: string | null): Session | null {
	if (!raw) return null;
	try {
		const saved = JSON.parse(raw) as {
			run?: unknown;
			votes?: unknown;
			revealed?: unknown;
			history?: unknown;
		};
		const run = restoreState(scenario, id, saved.run);
		if (!run) return null;
		const n = letterCount(scenario, currentNodeId(run));
		const votes =
			Array.isArray(saved.votes) &&
			saved.votes.length === n &&
			saved.votes.every((v) => Number.isInteger(v) && v >= 0)
				? (saved.votes as number[])
				: Array<number>(n).fill(0);
		const counts = (x: unknown): x is number[] =>
			Array.isArray(x) && x.every((v) => Number.isInteger(v) && v >= 0);
		const history =
			Array.isArray(saved.history) &&
			saved.history.length === run.path.length - 1 &&
			saved.history.every(counts)
				? saved.history
				: run.path.slice(1).map(() => []);
		return { run, votes, revealed: saved.revealed === true, history };
	} catch {
		return null;
	}
}

/** Words used in the session record (from the UI dictionary). */
export type RecordLabels = {
	title: string;
	decision: (n: number) => string;
	votes: (count: number) => string;
	followed: string;
	quality: Record<'recommended' | 'acceptable' | 'harmful', string>;
	ending: string;
};

/**
 * A plain-text record of the session for the workshop file: every decision with each option's
 * votes and quality, which option the group followed, and the ending if one was reached.
 */
export function sessionRecord(scenario: Scenario, s: Session, labels: RecordLabels): string {
	const lines = [`${labels.title}: ${scenario.title}`, ''];
	s.run.path.forEach((step, i) => {
		const node = scenario.nodes[step.node];
		if (!node) return;
		if (node.ending) {
			lines.push(`${labels.ending}: ${node.title} — ${node.ending.summary}`);
			return;
		}
		const tally = i < s.history.length ? s.history[i] : s.votes;
		// The options offered at that step (conditions may hide some), in the order voted on.
		const atStep: ScenarioState = {
			...s.run,
			path: s.run.path.slice(0, i + 1).map((p, k) => (k === i ? { node: p.node } : p)),
		};
		lines.push(`${labels.decision(i + 1)}: ${node.title}`);
		sessionChoices(scenario, atStep).forEach(({ choice: c, letter, position }) => {
			const followed = c.id === step.choice ? ` — ${labels.followed}` : '';
			const q = c.quality ? ` [${labels.quality[c.quality]}]` : '';
			lines.push(`  ${letter}. ${c.label}${q}: ${labels.votes(tally?.[position] ?? 0)}${followed}`);
		});
		lines.push('');
	});
	return lines.join('\n').trim() + '\n';
}
