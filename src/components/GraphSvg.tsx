import type { GraphLayout } from '../lib/graph/layout.ts';

export type GraphSvgProps = {
	layout: GraphLayout;
	/** Accessible name of the picture. */
	title: string;
	/** Longer description (points to the text alternative). */
	desc: string;
	/** Node to highlight as "you are here". */
	current?: string;
	/** Nodes already visited. */
	visited?: string[];
	/** Unique prefix for ids inside the SVG. */
	idPrefix: string;
};

const FILL: Record<string, string> = {
	start: '#e3eef6',
	action: '#ffffff',
	decision: '#fff4d6',
	outcome: '#e8f4ec',
	note: '#f4f6f8',
	good: '#e8f4ec',
	mixed: '#fff4d6',
	poor: '#fbeaea',
};

/**
 * Renders a laid-out graph as static SVG (no client library). Used at build time for the
 * algorithm diagram and inside islands for the scenario map, where `current` moves.
 */
export default function GraphSvg({ layout, title, desc, current, visited = [], idPrefix }: GraphSvgProps) {
	const pad = 4;
	const w = layout.width + pad * 2;
	const h = layout.height + pad * 2;
	return (
		<svg
			viewBox={`${-pad} ${-pad} ${w} ${h}`}
			width={w}
			role="img"
			aria-labelledby={`${idPrefix}-t ${idPrefix}-d`}
			xmlns="http://www.w3.org/2000/svg"
		>
			<title id={`${idPrefix}-t`}>{title}</title>
			<desc id={`${idPrefix}-d`}>{desc}</desc>
			<defs>
				<marker
					id={`${idPrefix}-arrow`}
					viewBox="0 0 10 10"
					refX="9"
					refY="5"
					markerWidth="7"
					markerHeight="7"
					orient="auto-start-reverse"
				>
					<path d="M0,0 L10,5 L0,10 z" fill="#4a5460" />
				</marker>
			</defs>
			{layout.edges.map((e, i) => (
				<g key={`e${i}`}>
					<polyline
						points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
						fill="none"
						stroke="#4a5460"
						stroke-width="1.4"
						stroke-dasharray={e.dashed ? '5 4' : undefined}
						marker-end={`url(#${idPrefix}-arrow)`}
					/>
					{e.labelLines.length > 0 && e.labelX != null && e.labelY != null && (
						<text
							x={e.labelX}
							y={e.labelY - ((e.labelLines.length - 1) * 14) / 2}
							text-anchor="middle"
							font-size="11"
							fill="#1b1f24"
							paint-order="stroke"
							stroke="#ffffff"
							stroke-width="4"
						>
							{e.labelLines.map((l, j) => (
								<tspan key={j} x={e.labelX} dy={j === 0 ? 4 : 14}>
									{l}
								</tspan>
							))}
						</text>
					)}
				</g>
			))}
			{layout.nodes.map((n) => {
				const isCurrent = n.id === current;
				const wasVisited = visited.includes(n.id);
				return (
					<g key={n.id} data-node={n.id} data-current={isCurrent ? 'true' : undefined}>
						<rect
							x={n.x - n.w / 2}
							y={n.y - n.h / 2}
							width={n.w}
							height={n.h}
							rx={n.kind === 'decision' ? 14 : 4}
							fill={FILL[n.kind] ?? '#ffffff'}
							stroke={isCurrent ? '#0b5a8a' : wasVisited ? '#1d6b35' : '#4a5460'}
							stroke-width={isCurrent ? 4 : wasVisited ? 2.5 : 1.2}
						/>
						<text x={n.x} y={n.y - ((n.lines.length - 1) * 17) / 2 + 4} text-anchor="middle">
							{n.lines.map((l, j) => (
								<tspan key={j} x={n.x} dy={j === 0 ? 0 : 17} font-weight={isCurrent ? '700' : undefined}>
									{l}
								</tspan>
							))}
						</text>
					</g>
				);
			})}
		</svg>
	);
}
