import type { Flow } from './types.ts';
import { outgoing } from './walk.ts';
import { contentHash } from '../scenario/hash.ts';
import { addWorkingDays, formatDateLv, type Deadline, type HolidayTable } from '../deadlines/working-days.ts';

/** What the algorithm tool keeps in the tab: the path walked and the date the report arrived. */
export type WalkRecord = { path: string[]; received: string };

/** The hash of a flow's steps and arrows: a kept walk is restored only while they are unchanged. */
export function flowHash(flow: Pick<Flow, 'start' | 'nodes' | 'edges'>): string {
	return contentHash({
		start: flow.start,
		nodes: flow.nodes.map((n) => n.id),
		edges: flow.edges.map((e) => [e.from, e.to]),
	} as never);
}

/** Stored form: `{ v: 1, hash, path, received }`. */
export function encodeWalk(flow: Flow, r: WalkRecord): string {
	return JSON.stringify({ v: 1, hash: flowHash(flow), path: r.path, received: r.received });
}

/**
 * Decodes a kept walk: null for corrupt JSON, another version, a changed flow, or a path that
 * does not start at the start or follows an arrow that does not exist.
 */
export function decodeWalk(flow: Flow, raw: string): WalkRecord | null {
	try {
		const d = JSON.parse(raw) as { v?: unknown; hash?: unknown; path?: unknown; received?: unknown };
		if (d.v !== 1 || d.hash !== flowHash(flow) || !Array.isArray(d.path) || d.path[0] !== flow.start)
			return null;
		const path = d.path as unknown[];
		for (let i = 1; i < path.length; i++)
			if (!outgoing(flow, String(path[i - 1])).some((e) => e.to === path[i])) return null;
		const received =
			typeof d.received === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.received) ? d.received : '';
		return { path: path as string[], received };
	} catch {
		return null;
	}
}

/** The first step on the path that carries a deadline, with the due date once a date is given. */
export function walkDeadline(
	flow: Flow,
	r: WalkRecord,
	holidays: HolidayTable,
): { step: Flow['nodes'][number]; due: Deadline | null } | null {
	const step = r.path.map((id) => flow.nodes.find((n) => n.id === id)).find((n) => n?.deadline);
	if (!step?.deadline) return null;
	return { step, due: r.received ? addWorkingDays(r.received, step.deadline.workingDays, holidays) : null };
}

/** Labels of the text summary (from the island's strings). */
export type WalkTextLabels = { path: string; received: string; skipped: string; none: string };

/**
 * The walk as plain text for case notes: the title, the numbered path, and — when the path has
 * a deadline step and a date was given — the date received, the deadline and the days skipped.
 */
export function walkAsText(
	flow: Flow & { title: string },
	r: WalkRecord,
	holidays: HolidayTable,
	l: WalkTextLabels,
): string {
	const title = (id: string) => flow.nodes.find((n) => n.id === id)?.title ?? id;
	const lines = [flow.title, '', `${l.path}:`, ...r.path.map((id, i) => `${i + 1}. ${title(id)}`)];
	const d = walkDeadline(flow, r, holidays);
	if (d?.due) {
		lines.push(
			'',
			`${l.received}: ${formatDateLv(r.received)}`,
			`${d.step.deadline!.label}: ${formatDateLv(d.due.due)}`,
			`${l.skipped}: ${d.due.skipped.length ? d.due.skipped.map((s) => `${formatDateLv(s.date)} (${s.reason})`).join('; ') : l.none}`,
		);
	}
	return lines.join('\n') + '\n';
}
