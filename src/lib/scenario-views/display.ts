import type { Choice, Scenario, ScenarioState } from '../scenario/types.ts';
import { holds, variables } from '../scenario/engine.ts';
import { balancedOrders, positionLetter } from '../shuffle/seeded.ts';

/** One option as every view shows it: its letter, its position in the balanced order, and the choice. */
export type DisplayChoice = {
	/** "A", "B" … the same in the player, facilitator, projector, handout, answer key, record and map. */
	letter: string;
	/** 0-based position in the full balanced list (the letter's index); votes are kept by it. */
	position: number;
	choice: Choice;
};

/** Node id → the choice ids of that node in display order. */
export type ScenarioOrder = Record<string, string[]>;

const cache = new WeakMap<Scenario, Map<string, ScenarioOrder>>();

/**
 * The balanced option order of every decision point of a scenario (see `balancedOrders`): keys
 * are `scenario:<id>:<nodeId>`, and the recommended choice is the one balanced across positions.
 */
export function scenarioOrder(scenario: Scenario, scenarioId: string): ScenarioOrder {
	let byId = cache.get(scenario);
	if (!byId) cache.set(scenario, (byId = new Map()));
	const known = byId.get(scenarioId);
	if (known) return known;
	const nodes = Object.entries(scenario.nodes).filter(([, n]) => !n.ending && (n.choices ?? []).length > 0);
	const orders = balancedOrders(
		nodes.map(([nodeId, n]) => {
			const answer = n.choices!.findIndex((c) => c.quality === 'recommended');
			return {
				key: `scenario:${scenarioId}:${nodeId}`,
				size: n.choices!.length,
				answer: answer < 0 ? null : answer,
			};
		}),
	);
	const order: ScenarioOrder = Object.fromEntries(
		nodes.map(([nodeId, n], i) => [nodeId, orders[i]!.map((j) => n.choices![j]!.id)]),
	);
	byId.set(scenarioId, order);
	return order;
}

/**
 * The options of a node as every view shows them. The full choice list is put in the balanced
 * order and lettered first; only then, when a run `state` positioned at this node is given, are
 * the options whose conditions fail hidden. A hidden option leaves a gap ("B, C" when "A" is
 * hidden), so a letter always names the same option in every view.
 *
 * Without `state` every option is returned (handout, answer key, map).
 */
export function displayChoices(
	scenario: Scenario,
	scenarioId: string,
	nodeId: string,
	state?: ScenarioState,
): DisplayChoice[] {
	const node = scenario.nodes[nodeId];
	if (!node || node.ending) return [];
	const ids = scenarioOrder(scenario, scenarioId)[nodeId] ?? [];
	const all = ids.map((id, position) => ({
		letter: positionLetter(position),
		position,
		choice: node.choices!.find((c) => c.id === id)!,
	}));
	if (!state) return all;
	const vars = variables(scenario, state);
	return all.filter((d) => !d.choice.requires || holds(d.choice.requires, vars));
}

/** How many letters a node has (offered or not): the length of a tally at that node. */
export function letterCount(scenario: Scenario, nodeId: string): number {
	const node = scenario.nodes[nodeId];
	return node && !node.ending ? (node.choices ?? []).length : 0;
}
