import type { Scenario, ScenarioNode } from '../scenario/types.ts';

/**
 * The decision points of a scenario in reading order: a breadth-first walk from the start,
 * following choices in content order, so the handout reads like the main line.
 */
export function decisionNodes(scenario: Scenario): [string, ScenarioNode][] {
	const order: string[] = [];
	const queue = [scenario.start];
	const seen = new Set(queue);
	while (queue.length) {
		const id = queue.shift()!;
		const node = scenario.nodes[id];
		if (!node) continue;
		if (!node.ending) order.push(id);
		for (const c of node.choices ?? [])
			if (!seen.has(c.next)) {
				seen.add(c.next);
				queue.push(c.next);
			}
	}
	return order.map((id) => [id, scenario.nodes[id]!]);
}
