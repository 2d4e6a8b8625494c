import { atom } from 'nanostores';
import { safeStorage, storageKey } from './kept.ts';
import type { Scenario, ScenarioState } from '../lib/scenario/types.ts';
import { back, choose, isEnded, restart, start, currentNode, score } from '../lib/scenario/engine.ts';
import { restoreState, serializeState } from '../lib/scenario/state.ts';
import { recordScenario } from './progress.ts';

/** The scenario being played on this page and how it was opened. */
export type ScenarioRun = {
	scenario: Scenario;
	id: string;
	state: ScenarioState;
	/** 'resumed' when a stored run was restored, 'stale' when a stored run no longer fits the scenario. */
	opened: 'new' | 'resumed' | 'stale';
};

/** The current run (null until the player initialises it). */
export const $run = atom<ScenarioRun | null>(null);

const key = (id: string) => storageKey('scenario', id, 1);
const storage = () => safeStorage('local');

/** Starts the player: resumes a stored run of the same scenario version, else starts fresh. */
export function initScenario(scenario: Scenario, id: string): void {
	const raw = storage()?.getItem(key(id)) ?? null;
	const restored = raw ? restoreState(scenario, id, raw) : null;
	const opened = restored ? (restored.path.length > 1 ? 'resumed' : 'new') : raw ? 'stale' : 'new';
	$run.set({ scenario, id, state: restored ?? start(scenario, id), opened });
}

function update(next: ScenarioState): void {
	const run = $run.get();
	if (!run) return;
	$run.set({ ...run, state: next, opened: 'new' });
}

/** Chooses an option at the current node. */
export function chooseOption(choiceId: string): void {
	const run = $run.get();
	if (run) update(choose(run.scenario, run.state, choiceId));
}

/** Undoes the last choice. */
export function undoChoice(): void {
	const run = $run.get();
	if (run) update(back(run.state));
}

/** Starts over. */
export function restartScenario(): void {
	const run = $run.get();
	if (run) update(restart(run.state));
}

/** Forgets the stored run: starts over, which leaves nothing in storage. */
export function forgetStoredRun(): void {
	restartScenario();
}

// Reactions live outside the actions (nanostores "separate changes and reaction"):
// store the run for resuming, and record a finished scenario in course progress.
$run.listen((run) => {
	if (!run) return;
	try {
		// Nothing chosen yet means nothing to resume: keep storage empty.
		if (run.state.path.length <= 1) storage()?.removeItem(key(run.id));
		else storage()?.setItem(key(run.id), serializeState(run.state));
	} catch {
		/* storage full or blocked: resuming is a convenience */
	}
	if (isEnded(run.scenario, run.state)) {
		const node = currentNode(run.scenario, run.state);
		const endId = run.state.path[run.state.path.length - 1]!.node;
		if (node.ending) recordScenario(run.id, endId, node.ending.outcome, score(run.scenario, run.state));
	}
});
