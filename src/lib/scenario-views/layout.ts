import { layoutGraph, type GraphLayout } from '../graph/layout.ts';
import type { Scenario } from '../scenario/types.ts';
import { optionLetter } from './letters.ts';

/** Lays out a scenario as a map for the facilitator: nodes by title, edges lettered by option. */
export function layoutScenario(scenario: Scenario): GraphLayout {
	const nodes = Object.entries(scenario.nodes).map(([id, n]) => ({
		id,
		label: n.title,
		kind: n.ending ? n.ending.outcome : id === scenario.start ? 'start' : 'decision',
	}));
	const edges = Object.entries(scenario.nodes).flatMap(([id, n]) =>
		(n.choices ?? []).map((c, i) => ({ from: id, to: c.next, label: optionLetter(i) })),
	);
	return layoutGraph(nodes, edges, { wrapAt: 22 });
}
