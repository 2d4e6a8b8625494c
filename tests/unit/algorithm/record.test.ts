import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Flow } from '../../../src/lib/algorithm/types.ts';
import { decodeWalk, encodeWalk, walkAsText, walkDeadline } from '../../../src/lib/algorithm/record.ts';
import { latvianHolidays } from '../../../src/lib/deadlines/lv-holidays.ts';

const flow = parse(readFileSync('content/algorithms/policijas-zinojums.yaml', 'utf8')) as Flow & {
	title: string;
};
const holidays = latvianHolidays(2026, 2027);
const labels = {
	path: 'Jūsu ceļš',
	received: 'Ziņojuma saņemšanas datums',
	skipped: 'Izlaistas',
	none: 'nav',
};
const deadlineStep = flow.nodes.find((n) => n.deadline)!;
const pathTo = (id: string): string[] => {
	const walk = (p: string[]): string[] | null => {
		const here = p[p.length - 1]!;
		if (here === id) return p;
		for (const e of flow.edges.filter((x) => x.from === here && !p.includes(x.to))) {
			const r = walk([...p, e.to]);
			if (r) return r;
		}
		return null;
	};
	return walk([flow.start])!;
};

describe('the kept algorithm walk', () => {
	test('round-trips a walk and its date; rejects a path along a missing arrow, another flow or corrupt JSON', () => {
		const r = { path: pathTo(deadlineStep.id), received: '2026-11-17' };
		expect(decodeWalk(flow, encodeWalk(flow, r))).toEqual(r);
		const jump = JSON.parse(encodeWalk(flow, r)) as { path: string[] };
		jump.path = [flow.start, flow.nodes[flow.nodes.length - 1]!.id];
		expect(decodeWalk(flow, JSON.stringify(jump))).toBeNull();
		const other = { ...flow, nodes: flow.nodes.slice(0, -1) };
		expect(decodeWalk(other, encodeWalk(flow, r))).toBeNull();
		expect(decodeWalk(flow, '{oops')).toBeNull();
	});

	test('copies the path, the date received, the deadline and the skipped holiday as text', () => {
		const r = { path: pathTo(deadlineStep.id), received: '2026-11-17' };
		expect(walkDeadline(flow, r, holidays)?.due?.due).toBe('2026-11-23');
		const text = walkAsText(flow, r, holidays, labels);
		expect(text).toContain(
			`${flow.title}\n\nJūsu ceļš:\n1. ${flow.nodes.find((n) => n.id === flow.start)!.title}\n`,
		);
		expect(text).toContain(`${r.path.length}. ${deadlineStep.title}\n`);
		expect(text).toContain('Ziņojuma saņemšanas datums: 17.11.2026.\n');
		expect(text).toContain(`${deadlineStep.deadline!.label}: 23.11.2026.\n`);
		expect(text).toContain('18.11.2026. (Latvijas Republikas proklamēšanas diena)');
	});

	test('without a date, the text is the path alone', () => {
		const text = walkAsText(flow, { path: [flow.start], received: '' }, holidays, labels);
		expect(text.trim().split('\n')).toHaveLength(4);
	});
});
