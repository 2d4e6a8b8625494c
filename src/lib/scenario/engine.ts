import type {
	Choice,
	Condition,
	PathSummaryStep,
	Scenario,
	ScenarioNode,
	ScenarioState,
	Score,
} from './types.ts';
import { contentHash } from './hash.ts';

/** Starts a run at the scenario's `start` node. */
export function start(scenario: Scenario, scenarioId: string): ScenarioState {
	return { v: 1, scenarioId, contentHash: contentHash(scenario), path: [{ node: scenario.start }] };
}

/**
 * Takes a choice at the current node: records its id and moves to its `next` node.
 * Throws when the choice is not offered here (unknown id, hidden by `requires`, or an ending).
 */
export function choose(scenario: Scenario, state: ScenarioState, choiceId: string): ScenarioState {
	const choice = availableChoices(scenario, state).find((c) => c.id === choiceId);
	if (!choice) throw new Error(`Choice "${choiceId}" is not available at node "${currentNodeId(state)}".`);
	const path = state.path.map((step) => ({ ...step }));
	path[path.length - 1] = { node: currentNodeId(state), choice: choice.id };
	path.push({ node: choice.next });
	return { ...state, path };
}

/** Undoes the last choice; at the start node the state is returned unchanged. */
export function back(state: ScenarioState): ScenarioState {
	if (state.path.length <= 1) return state;
	const path = state.path.slice(0, -1).map((step) => ({ ...step }));
	path[path.length - 1] = { node: path[path.length - 1]!.node };
	return { ...state, path };
}

/** Starts over at the first node of the run, keeping its scenario id and hash. */
export function restart(state: ScenarioState): ScenarioState {
	return { ...state, path: [{ node: state.path[0]!.node }] };
}

/** Id of the node the user is at. */
export function currentNodeId(state: ScenarioState): string {
	return state.path[state.path.length - 1]!.node;
}

/** The node the user is at; throws if the run names a node the scenario does not have. */
export function currentNode(scenario: Scenario, state: ScenarioState): ScenarioNode {
	return nodeOf(scenario, currentNodeId(state));
}

/** The choices offered at the current node: those whose `requires` holds; none at an ending. */
export function availableChoices(scenario: Scenario, state: ScenarioState): Choice[] {
	return offered(currentNode(scenario, state), variables(scenario, state));
}

/** Variable values at the current node: the initial values plus the effects of every choice taken. */
export function variables(scenario: Scenario, state: ScenarioState): Record<string, number> {
	// Replayed from the start rather than stored, so `back` can never leave stale values behind.
	let vars: Record<string, number> = { ...scenario.variables };
	for (const step of state.path) {
		const choice = takenChoice(scenario, step.node, step.choice);
		if (choice) vars = applyEffects(vars, choice);
	}
	return vars;
}

/** True when the current node is an ending. */
export function isEnded(scenario: Scenario, state: ScenarioState): boolean {
	return currentNode(scenario, state).ending !== undefined;
}

/** The run step by step for the debrief: each node, the choice taken and the recommended choices offered there. */
export function pathSummary(scenario: Scenario, state: ScenarioState): PathSummaryStep[] {
	let vars: Record<string, number> = { ...scenario.variables };
	return state.path.map((step) => {
		const node = nodeOf(scenario, step.node);
		const recommended = offered(node, vars).filter((c) => c.quality === 'recommended');
		const choice = takenChoice(scenario, step.node, step.choice);
		if (choice) vars = applyEffects(vars, choice);
		return { nodeId: step.node, nodeTitle: node.title, choice, recommended, quality: choice?.quality };
	});
}

/** How many recommended, acceptable and harmful choices the run took. */
export function score(scenario: Scenario, state: ScenarioState): Score {
	const counts: Score = { recommended: 0, acceptable: 0, harmful: 0 };
	for (const step of state.path) {
		const choice = takenChoice(scenario, step.node, step.choice);
		if (choice) counts[choice.quality]++;
	}
	return counts;
}

/** True when `condition` holds for these variable values (an undeclared variable counts as 0). */
export function holds(condition: Condition, vars: Record<string, number>): boolean {
	const x = vars[condition.var] ?? 0;
	const v = condition.value;
	switch (condition.op) {
		case '<':
			return x < v;
		case '<=':
			return x <= v;
		case '==':
			return x === v;
		case '!=':
			return x !== v;
		case '>=':
			return x >= v;
		case '>':
			return x > v;
	}
}

function nodeOf(scenario: Scenario, id: string): ScenarioNode {
	const node = scenario.nodes[id];
	if (!node) throw new Error(`Node "${id}" does not exist in this scenario.`);
	return node;
}

function offered(node: ScenarioNode, vars: Record<string, number>): Choice[] {
	if (node.ending) return [];
	return (node.choices ?? []).filter((c) => !c.requires || holds(c.requires, vars));
}

function takenChoice(scenario: Scenario, nodeId: string, choiceId: string | undefined): Choice | undefined {
	if (choiceId === undefined) return undefined;
	return scenario.nodes[nodeId]?.choices?.find((c) => c.id === choiceId);
}

function applyEffects(vars: Record<string, number>, choice: Choice): Record<string, number> {
	const next = { ...vars };
	for (const [name, delta] of Object.entries(choice.effects ?? {})) next[name] = (next[name] ?? 0) + delta;
	return next;
}
