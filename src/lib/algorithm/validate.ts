import type { Flow, FlowIssue } from './types.ts';
import { outgoing } from './walk.ts';

/**
 * Checks an algorithm graph and returns every problem: duplicate ids, a missing start,
 * edges to or from missing nodes, unknown footnotes, decisions with fewer than two branches
 * and steps that cannot be reached from the start.
 */
export function validateFlow(flow: Flow): FlowIssue[] {
	const issues: FlowIssue[] = [];
	const ids = new Set<string>();
	flow.nodes.forEach((node, i) => {
		if (ids.has(node.id))
			issues.push({
				nodeId: node.id,
				path: ['nodes', i, 'id'],
				message: `Mezgla id "${node.id}" atkārtojas. Katram solim vajag savu id.`,
			});
		ids.add(node.id);
	});
	if (!ids.has(flow.start))
		issues.push({
			nodeId: flow.start,
			path: ['start'],
			message: `Sākuma mezgls "${flow.start}" nav atrodams starp mezgliem.`,
		});
	flow.edges.forEach((edge, i) => {
		for (const end of ['from', 'to'] as const) {
			if (!ids.has(edge[end]))
				issues.push({
					nodeId: edge[end],
					path: ['edges', i, end],
					message: `Bulta ${edge.from} → ${edge.to} norāda uz neesošu mezglu "${edge[end]}". Pievienojiet mezglu vai izlabojiet "${end}".`,
				});
		}
	});
	const footnoteIds = new Set((flow.footnotes ?? []).map((f) => f.id));
	flow.nodes.forEach((node, i) =>
		(node.footnotes ?? []).forEach((f, j) => {
			if (!footnoteIds.has(f))
				issues.push({
					nodeId: node.id,
					path: ['nodes', i, 'footnotes', j],
					message: `Mezgls "${node.id}" atsaucas uz neesošu piezīmi "${f}".`,
				});
		}),
	);
	flow.nodes.forEach((node, i) => {
		if (node.type === 'decision' && outgoing(flow, node.id).length < 2)
			issues.push({
				nodeId: node.id,
				path: ['nodes', i],
				message: `Jautājumam "${node.id}" vajag vismaz divus zarus (bultas ar "from: ${node.id}").`,
			});
	});
	const reached = reachable(flow);
	flow.nodes.forEach((node, i) => {
		if (node.type !== 'note' && !reached.has(node.id))
			issues.push({
				nodeId: node.id,
				path: ['nodes', i],
				message: `Mezgls "${node.id}" nav sasniedzams no sākuma "${flow.start}". Pievienojiet bultu uz to vai izdzēsiet to.`,
			});
	});
	return issues;
}

/** Ids of all nodes reachable from the start by following edges. */
export function reachable(flow: Flow): Set<string> {
	const seen = new Set<string>();
	const stack = [flow.start];
	while (stack.length) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		for (const e of outgoing(flow, id)) stack.push(e.to);
	}
	return seen;
}
