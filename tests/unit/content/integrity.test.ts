import { describe, expect, test } from 'vitest';
import { findIntegrityIssues, type ContentSnapshot } from '../../../src/lib/content/integrity.ts';

const lesson = (id: string, related: Partial<ContentSnapshot['lessons'][number]['data']['related']> = {}) => ({
	id,
	file: `content/lessons/${id}.mdx`,
	data: { title: id, related: { lessons: [], tools: [], scenarios: [], resources: [], ...related } },
});
const base: ContentSnapshot = {
	lessons: [lesson('vardarbiba/a')],
	algorithms: [{ id: 'x', file: 'content/algorithms/x.yaml' }],
	resources: [{ id: 'r', file: 'content/resources/r.yaml' }],
	glossary: [{ id: 'g', file: 'content/glossary/terms.yaml' }],
	scenarios: [],
	tools: [{ id: 't', file: 'content/tools/t.yaml', data: { lessons: ['vardarbiba/a'] } }],
};

describe('findIntegrityIssues', () => {
	test('a lesson linking to a missing tool, and a tool linking to a missing lesson or algorithm, are reported', () => {
		const c: ContentSnapshot = {
			...base,
			lessons: [lesson('vardarbiba/a', { tools: ['t', 'nav-rika'] })],
			tools: [{ id: 't', file: 'content/tools/t.yaml', data: { lessons: ['vardarbiba/zz'], algorithm: 'nav' } }],
		};
		expect(findIntegrityIssues(c).map((i) => `${i.file} → ${i.field}: ${i.message}`)).toEqual([
			'content/lessons/vardarbiba/a.mdx → related.tools.1: Saite uz neesošu tools ierakstu "nav-rika".',
			'content/tools/t.yaml → lessons.0: Saite uz neesošu nodarbību "vardarbiba/zz".',
			'content/tools/t.yaml → algorithm: Nav algoritma "nav" (content/algorithms/nav.yaml).',
		]);
	});
	test('consistent content has no issues', () => {
		expect(findIntegrityIssues(base)).toEqual([]);
	});
	test('a lesson linking to a missing resource is reported with file and field', () => {
		const c = { ...base, lessons: [lesson('vardarbiba/a', { resources: ['nav-tada'] })] };
		expect(findIntegrityIssues(c)).toEqual([
			{ file: 'content/lessons/vardarbiba/a.mdx', field: 'related.resources.0', message: 'Saite uz neesošu resources ierakstu "nav-tada".' },
		]);
	});
	test('an empty collection is reported', () => {
		expect(findIntegrityIssues({ ...base, glossary: [] }).map((i) => i.message)).toEqual(['Kolekcija "glossary" ir tukša.']);
	});
	test('a scenario ending linking to a missing lesson is reported with the node', () => {
		const c: ContentSnapshot = {
			...base,
			scenarios: [{ id: 's', file: 'content/scenarios/s.yaml', data: { lessons: [], nodes: { beigas: { ending: { lessons: ['vardarbiba/zz'] } } } } }],
		};
		expect(findIntegrityIssues(c)[0]?.field).toBe('nodes.beigas.ending.lessons.0');
	});
});
