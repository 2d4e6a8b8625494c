import { atom } from 'nanostores';
import { safeStorage, storageKey } from './kept.ts';
import type { Scenario } from '../lib/scenario/types.ts';
import {
	decodeSession,
	encodeSession,
	followOption,
	keyCommand,
	leadingOption,
	sessionBack,
	sessionRestart,
	startSession,
	toggleReveal,
	sessionRecord,
	vote,
	type RecordLabels,
	type Session,
} from '../lib/facilitator/session.ts';
import { STOPPED, toggleStopwatch, type Stopwatch } from '../lib/facilitator/stopwatch.ts';

/** The workshop session on the facilitator page; kept in this tab's sessionStorage so an accidental reload does not lose the group's place. */
export const $session = atom<{ scenario: Scenario; id: string; session: Session } | null>(null);

// v2: votes follow the balanced letters (v1 counted options in content order); a v1 session is not read.
const key = (id: string) => storageKey('facilitator', id, 2);
const tabStorage = () => safeStorage('session');

/** Messages between the facilitator's window and the projector window (same browser only). */
export type ProjectorMessage = { type: 'state'; session: string } | { type: 'hello' };

/** The channel the projector window listens on; null where BroadcastChannel is missing. */
export function projectorChannel(id: string): BroadcastChannel | null {
	return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`pc:projector:${id}`);
}
let channel: BroadcastChannel | null = null;

const apply = (fn: (scenario: Scenario, s: Session) => Session) => {
	const cur = $session.get();
	if (cur) $session.set({ ...cur, session: fn(cur.scenario, cur.session) });
};

/** Opens a session for a scenario, resuming this tab's session after a reload. */
export function openSession(scenario: Scenario, id: string): void {
	const saved = decodeSession(scenario, id, tabStorage()?.getItem(key(id)) ?? null);
	channel?.close();
	channel = projectorChannel(id);
	// A projector window that opens later asks for the current state.
	channel?.addEventListener('message', (e: MessageEvent<ProjectorMessage>) => {
		const cur = $session.get();
		if (e.data?.type === 'hello' && cur)
			channel?.postMessage({ type: 'state', session: encodeSession(cur.session) });
	});
	$session.set({ scenario, id, session: saved ?? startSession(scenario, id) });
}

$session.listen((cur) => {
	if (!cur) return;
	const encoded = encodeSession(cur.session);
	channel?.postMessage({ type: 'state', session: encoded } satisfies ProjectorMessage);
	try {
		tabStorage()?.setItem(key(cur.id), encoded);
	} catch {
		/* storage blocked: the session just is not resumed */
	}
});
/** +1 / −1 vote for an option. */
export const castVote = (index: number, delta: 1 | -1) => apply((sc, s) => vote(sc, s, index, delta));
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

/** The session record as text, or '' when no session is open. */
export function currentRecord(labels: RecordLabels): string {
	const cur = $session.get();
	return cur ? sessionRecord(cur.scenario, cur.session, labels) : '';
}

/** Whether the enlarged scenario map is open over the facilitator page (view state, not stored). */
export const $mapOpen = atom(false);
/** Opens or closes the enlarged map. */
export const toggleMap = (open = !$mapOpen.get()) => $mapOpen.set(open);

/** Discussion time at the current decision point; back to zero whenever the group moves on or back. */
export const $stopwatch = atom<Stopwatch>(STOPPED);
/** Starts or pauses the discussion stopwatch. */
export const toggleTimer = () => $stopwatch.set(toggleStopwatch($stopwatch.get(), Date.now()));
let timedStep = '';
$session.listen((cur) => {
	const step = cur ? `${cur.id}:${cur.session.run.path.length}:${cur.session.run.path.at(-1)?.node}` : '';
	if (step !== timedStep) $stopwatch.set(STOPPED);
	timedStep = step;
});

/** Handles a facilitator keyboard shortcut; returns true when the key was used. */
export function handleKey(e: KeyboardEvent): boolean {
	const cmd = keyCommand(e);
	if (!cmd) return false;
	if (cmd.type === 'vote') castVote(cmd.index, cmd.delta);
	else if (cmd.type === 'reveal') reveal();
	else if (cmd.type === 'next') followMajority();
	else if (cmd.type === 'map') toggleMap();
	else if (cmd.type === 'timer') toggleTimer();
	else goBack();
	return true;
}
