import type { Choice, Scenario, ScenarioState } from '../scenario/types.ts';
import { availableChoices, choose, currentNodeId, isEnded, start } from '../scenario/engine.ts';

/**
 * The option the main line takes at the run's current node: the first recommended option on
 * offer (content order), else the first acceptable one, else the first offered. Conditions are
 * tested by the engine, so a recommended option hidden at this point is skipped.
 */
export function mainChoice(scenario: Scenario, state: ScenarioState): Choice | undefined {
	const offered = availableChoices(scenario, state);
	return (
		offered.find((c) => c.quality === 'recommended') ??
		offered.find((c) => c.quality === 'acceptable') ??
		offered[0]
	);
}

/**
 * The decision points the group still has if it follows the main line from the run's current
 * node (this one included): the engine plays `mainChoice` until an ending. A node met twice
 * stops the walk, so a loop can never make it run for ever.
 */
export function mainLineAhead(scenario: Scenario, state: ScenarioState): string[] {
	const nodes: string[] = [];
	const seen = new Set<string>();
	let run = state;
	while (!isEnded(scenario, run)) {
		const here = currentNodeId(run);
		const choice = mainChoice(scenario, run);
		if (!choice || seen.has(here)) break;
		seen.add(here);
		nodes.push(here);
		run = choose(scenario, run, choice.id);
	}
	return nodes;
}

/** The main line of a scenario: its decision points from the start, following `mainChoice`. */
export function mainLine(scenario: Scenario, scenarioId: string): string[] {
	return mainLineAhead(scenario, start(scenario, scenarioId));
}

/**
 * "2. lēmums no 6": `number` counts the decisions of this run, the current one included;
 * `total` is the decisions already taken plus those left on the main line from here. At the
 * start `total` is the length of the main line; a detour adds its own decision points. Null at
 * an ending.
 */
export function decisionCounter(
	scenario: Scenario,
	state: ScenarioState,
): { number: number; total: number } | null {
	if (isEnded(scenario, state)) return null;
	const taken = state.path.length - 1;
	return { number: taken + 1, total: taken + Math.max(1, mainLineAhead(scenario, state).length) };
}
