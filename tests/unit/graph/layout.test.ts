import { describe, expect, test } from 'vitest';
import { layoutGraph, wrap } from '../../../src/lib/graph/layout.ts';
import { decisionNodes } from '../../../src/lib/scenario-views/handout.ts';
import { filterScenarios, lengthBand } from '../../../src/lib/scenario-views/filter.ts';
import { createSlugger } from '../../../src/lib/search/records.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';

describe('wrap', () => {
	test('breaks at word boundaries within the width', () => {
		expect(wrap('Sociālais darbinieks zvana cietušajam', 20)).toEqual([
			'Sociālais darbinieks',
			'zvana cietušajam',
		]);
	});
});

describe('layoutGraph', () => {
	test('places every node and routes every edge top to bottom', () => {
		const l = layoutGraph(
			[
				{ id: 'a', label: 'Sākums', kind: 'start' },
				{ id: 'b', label: 'Beigas', kind: 'outcome' },
			],
			[{ from: 'a', to: 'b', label: 'jā' }],
		);
		expect(l.nodes.map((n) => n.id)).toEqual(['a', 'b']);
		expect(l.nodes[1]!.y).toBeGreaterThan(l.nodes[0]!.y);
		expect(l.edges[0]!.points.length).toBeGreaterThanOrEqual(2);
		expect(l.width).toBeGreaterThan(0);
	});
});

describe('decisionNodes', () => {
	test('lists decision points in reading order from the start, skipping endings', () => {
		const s = {
			start: 'a',
			nodes: {
				a: {
					title: 'A',
					text: '',
					choices: [
						{ id: 'x', next: 'c' },
						{ id: 'y', next: 'b' },
					],
				},
				b: { title: 'B', text: '', choices: [{ id: 'z', next: 'e' }] },
				c: { title: 'C', text: '', choices: [{ id: 'z', next: 'e' }] },
				e: { title: 'E', text: '', ending: { outcome: 'good' } },
			},
		} as unknown as Scenario;
		expect(decisionNodes(s).map(([id]) => id)).toEqual(['a', 'c', 'b']);
	});
});

describe('filterScenarios', () => {
	test('filters by course, topic and length band', () => {
		const items = [
			{ id: '1', course: 'vardarbiba', topics: ['a'], minutes: 10 },
			{ id: '2', course: 'vardarbiba', topics: ['b'], minutes: 25 },
			{ id: '3', course: 'ieslodzijums', topics: ['a'], minutes: 40 },
		];
		expect(filterScenarios(items, { course: '', topic: 'a', length: '' }).map((i) => i.id)).toEqual([
			'1',
			'3',
		]);
		expect(
			filterScenarios(items, { course: 'vardarbiba', topic: '', length: 'medium' }).map((i) => i.id),
		).toEqual(['2']);
		expect(lengthBand(15)).toBe('short');
		expect(lengthBand(31)).toBe('long');
	});
});

describe('createSlugger', () => {
	test('numbers repeated headings like the page does', () => {
		const slug = createSlugger();
		expect([slug('Kur tālāk'), slug('Kur tālāk'), slug('Kāpēc?')]).toEqual([
			'kur-talak',
			'kur-talak-1',
			'kapec',
		]);
	});
});
