import { layoutGraph, type GraphLayout } from '../graph/layout.ts';
import type { Flow } from './types.ts';

/** Lays out an algorithm for its build-time diagram; reconstructed arrows are dashed. */
export function layoutFlow(flow: Flow): GraphLayout {
	return layoutGraph(
		flow.nodes.filter((n) => n.type !== 'note').map((n) => ({ id: n.id, label: n.title, kind: n.type })),
		flow.edges.map((e) => ({ from: e.from, to: e.to, label: e.label, dashed: e.uncertain })),
		{ wrapAt: 26 },
	);
}
