import type { PathStep, Scenario, ScenarioState } from './types.ts';
import { contentHash } from './hash.ts';
import { choose, start } from './engine.ts';

/** Turns a run into a string for storage. */
export function serializeState(state: ScenarioState): string {
	return JSON.stringify(state);
}

/**
 * Restores a stored run (a JSON string or an already parsed value) for this scenario, or null
 * when it is corrupt, of another version or scenario, made for older content, or cannot be
 * replayed choice by choice. Never throws.
 */
export function restoreState(scenario: Scenario, scenarioId: string, raw: unknown): ScenarioState | null {
	try {
		const data: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
		if (!isRecord(data) || data.v !== 1 || data.scenarioId !== scenarioId) return null;
		// A run stored for an older version of the text must not be replayed against the new one.
		if (data.contentHash !== contentHash(scenario)) return null;
		if (!Array.isArray(data.path) || data.path.length === 0 || !data.path.every(isStep)) return null;
		return replay(scenario, scenarioId, data.path);
	} catch {
		return null;
	}
}

/** Rebuilds the run with the engine's own commands, so only paths a user could take come back. */
function replay(scenario: Scenario, scenarioId: string, path: PathStep[]): ScenarioState | null {
	let state = start(scenario, scenarioId);
	for (const [i, step] of path.entries()) {
		if (step.node !== state.path[i]!.node) return null;
		const last = i === path.length - 1;
		if (last) return step.choice === undefined ? state : null;
		if (step.choice === undefined) return null;
		state = choose(scenario, state, step.choice); // throws when the choice is gone or hidden
	}
	return state;
}

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isStep(x: unknown): x is PathStep {
	return (
		isRecord(x) && typeof x.node === 'string' && (x.choice === undefined || typeof x.choice === 'string')
	);
}
