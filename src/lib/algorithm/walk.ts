import type { Flow, FlowEdge, FlowNode } from './types.ts';

/** Edges leaving a node, in content order. */
export function outgoing(flow: Flow, nodeId: string): FlowEdge[] {
	return flow.edges.filter((e) => e.from === nodeId);
}

/** The node with this id (throws if absent: callers pass validated graphs). */
export function nodeById(flow: Flow, id: string): FlowNode {
	const node = flow.nodes.find((n) => n.id === id);
	if (!node) throw new Error(`Nezināms algoritma mezgls "${id}"`);
	return node;
}

/** Step-through state: the path of node ids walked so far; the last one is current. */
export type WalkState = { path: string[] };

/** Starts a walk at the algorithm's start node. */
export function startWalk(flow: Flow): WalkState {
	return { path: [flow.start] };
}

/** The current node of a walk. */
export function currentStep(flow: Flow, state: WalkState): FlowNode {
	return nodeById(flow, state.path[state.path.length - 1] ?? flow.start);
}

/** Follows the edge to `to` from the current node; throws if no such edge exists. */
export function follow(flow: Flow, state: WalkState, to: string): WalkState {
	const here = currentStep(flow, state).id;
	if (!outgoing(flow, here).some((e) => e.to === to)) throw new Error(`No edge ${here} → ${to}`);
	return { path: [...state.path, to] };
}

/** Goes one step back; at the start nothing changes. */
export function stepBack(state: WalkState): WalkState {
	return state.path.length > 1 ? { path: state.path.slice(0, -1) } : state;
}

/** True when the current step has no way onward. */
export function isTerminal(flow: Flow, state: WalkState): boolean {
	return outgoing(flow, currentStep(flow, state).id).length === 0;
}

/**
 * Every path from the start to a step with no way onward. A loop is followed once: an edge
 * back to a node already on the path ends that path (the branch has then been walked).
 */
export function allPaths(flow: Flow): string[][] {
	const out: string[][] = [];
	const walk = (path: string[]) => {
		const here = path[path.length - 1]!;
		const next = outgoing(flow, here);
		if (next.length === 0) return void out.push(path);
		for (const e of next) {
			if (path.includes(e.to)) out.push([...path, e.to]);
			else walk([...path, e.to]);
		}
	};
	walk([flow.start]);
	return out;
}
