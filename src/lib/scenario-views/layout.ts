import { layoutGraph, type GraphLayout } from '../graph/layout.ts';
import type { Scenario } from '../scenario/types.ts';
import { displayChoices } from './display.ts';

/** Lays out a scenario as a map for the facilitator: nodes by title, edges lettered as the options are shown. */
export function layoutScenario(scenario: Scenario, scenarioId: string): GraphLayout {
	const nodes = Object.entries(scenario.nodes).map(([id, n]) => ({
		id,
		label: n.title,
		kind: n.ending ? n.ending.outcome : id === scenario.start ? 'start' : 'decision',
	}));
	const edges = Object.keys(scenario.nodes).flatMap((id) =>
		displayChoices(scenario, scenarioId, id).map(({ choice, letter }) => ({
			from: id,
			to: choice.next,
			label: letter,
		})),
	);
	return layoutGraph(nodes, edges, { wrapAt: 22 });
}
