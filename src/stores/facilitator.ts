import { atom } from 'nanostores';
import type { Scenario } from '../lib/scenario/types.ts';
import {
	followOption,
	keyCommand,
	leadingOption,
	sessionBack,
	sessionRestart,
	startSession,
	toggleReveal,
	vote,
	type Session,
} from '../lib/facilitator/session.ts';

/** The workshop session on the facilitator page (in memory: a projector session is not resumed). */
export const $session = atom<{ scenario: Scenario; session: Session } | null>(null);

const apply = (fn: (scenario: Scenario, s: Session) => Session) => {
	const cur = $session.get();
	if (cur) $session.set({ scenario: cur.scenario, session: fn(cur.scenario, cur.session) });
};

/** Opens a session for a scenario. */
export function openSession(scenario: Scenario, id: string): void {
	$session.set({ scenario, session: startSession(scenario, id) });
}
/** +1 / −1 vote for an option. */
export const castVote = (index: number, delta: 1 | -1) => apply((_, s) => vote(s, index, delta));
/** Reveal or hide consequences. */
export const reveal = () => apply((_, s) => toggleReveal(s));
/** Continue with option `index`. */
export const follow = (index: number) => apply((sc, s) => followOption(sc, s, index));
/** Continue with the option most of the group chose. */
export const followMajority = () => apply((sc, s) => followOption(sc, s, leadingOption(s)));
/** Back one node. */
export const goBack = () => apply(sessionBack);
/** Start over. */
export const startOver = () => apply(sessionRestart);

/** Handles a facilitator keyboard shortcut; returns true when the key was used. */
export function handleKey(e: KeyboardEvent): boolean {
	const cmd = keyCommand(e);
	if (!cmd) return false;
	if (cmd.type === 'vote') castVote(cmd.index, cmd.delta);
	else if (cmd.type === 'reveal') reveal();
	else if (cmd.type === 'next') followMajority();
	else goBack();
	return true;
}
