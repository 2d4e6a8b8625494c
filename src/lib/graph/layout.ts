import dagre from '@dagrejs/dagre';

/** A node to lay out: its label is wrapped into lines to size its box. */
export type GraphNodeInput = { id: string; label: string; kind: string };
/** An edge to lay out. */
export type GraphEdgeInput = { from: string; to: string; label?: string; dashed?: boolean };

/** A positioned node (centre x/y, width, height) with its wrapped label lines. */
export type LaidOutNode = GraphNodeInput & { x: number; y: number; w: number; h: number; lines: string[] };
/** A routed edge with its polyline points and label position. */
export type LaidOutEdge = GraphEdgeInput & {
	points: { x: number; y: number }[];
	labelX?: number;
	labelY?: number;
	labelLines: string[];
};
/** A whole diagram, computed at build time and rendered as SVG with no client library. */
export type GraphLayout = { width: number; height: number; nodes: LaidOutNode[]; edges: LaidOutEdge[] };

const CHAR_W = 7.2;
const LINE_H = 17;
const PAD = 12;

/** Greedy word wrap to at most `max` characters per line. */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Lays out a directed graph top-to-bottom with dagre (build time only; nothing is shipped to
 * the browser). Box sizes follow the wrapped label so the SVG needs no text measuring.
 */
export function layoutGraph(
	nodes: GraphNodeInput[],
	edges: GraphEdgeInput[],
	opts: { wrapAt?: number; rankdir?: 'TB' | 'LR' } = {},
): GraphLayout {
	const wrapAt = opts.wrapAt ?? 24;
	const g = new dagre.graphlib.Graph({ multigraph: true });
	g.setGraph({
		rankdir: opts.rankdir ?? 'TB',
		nodesep: 28,
		ranksep: 44,
		edgesep: 14,
		marginx: 8,
		marginy: 8,
	});
	g.setDefaultEdgeLabel(() => ({}));
	const wrapped = new Map<string, string[]>();
	for (const n of nodes) {
		const lines = wrap(n.label, wrapAt);
		wrapped.set(n.id, lines);
		const longest = Math.max(...lines.map((l) => l.length), 4);
		g.setNode(n.id, { width: longest * CHAR_W + PAD * 2, height: lines.length * LINE_H + PAD * 2 });
	}
	edges.forEach((e, i) => {
		const labelLines = e.label ? wrap(e.label, 20) : [];
		const lw = Math.max(0, ...labelLines.map((l) => l.length)) * 6.4;
		g.setEdge(e.from, e.to, { width: lw, height: labelLines.length * 15, labelpos: 'c' }, `e${i}`);
	});
	dagre.layout(g);
	const graph = g.graph();
	return {
		width: Math.ceil(graph.width ?? 0),
		height: Math.ceil(graph.height ?? 0),
		nodes: nodes.map((n) => {
			const p = g.node(n.id);
			return { ...n, x: p.x, y: p.y, w: p.width, h: p.height, lines: wrapped.get(n.id) ?? [] };
		}),
		edges: edges.map((e, i) => {
			const p = g.edge(e.from, e.to, `e${i}`);
			return {
				...e,
				points: p.points ?? [],
				labelX: p.x,
				labelY: p.y,
				labelLines: e.label ? wrap(e.label, 20) : [],
			};
		}),
	};
}
