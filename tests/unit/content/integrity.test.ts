import { describe, expect, test } from 'vitest';
import { findIntegrityIssues, type ContentSnapshot } from '../../../src/lib/content/integrity.ts';

const lesson = (
	id: string,
	related: Partial<ContentSnapshot['lessons'][number]['data']['related']> = {},
	place: { module?: string; order?: number } = {},
) => ({
	id,
	file: `content/lessons/${id}.mdx`,
	data: {
		title: id,
		course: id.split('/')[0]!,
		module: place.module ?? 'A',
		order: place.order ?? 1,
		related: { lessons: [], tools: [], scenarios: [], resources: [], ...related },
	},
});
const base: ContentSnapshot = {
	courses: [
		{ id: 'vardarbiba', file: 'content/courses/vardarbiba.yaml', data: { modules: [{ id: 'A' }] } },
		{ id: 'ieslodzijums', file: 'content/courses/ieslodzijums.yaml', data: { modules: [{ id: 'B0' }, { id: 'B1' }] } },
	],
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
	test('a lesson in a course or module that content/courses does not list, or at a taken place, is reported', () => {
		const c: ContentSnapshot = {
			...base,
			lessons: [
				lesson('vardarbiba/a'),
				lesson('ieslodzijums/b', {}, { module: 'B1', order: 1 }),
				lesson('ieslodzijums/c', {}, { module: 'B1', order: 1 }),
				lesson('ieslodzijums/d', {}, { module: 'B7', order: 1 }),
				lesson('kurss-c/e'),
			],
		};
		expect(findIntegrityIssues(c).map((i) => `${i.file} → ${i.field}: ${i.message}`)).toEqual([
			'content/lessons/ieslodzijums/c.mdx → order: Modulī B1 jau ir nodarbība ar order 1 (content/lessons/ieslodzijums/b.mdx).',
			'content/lessons/ieslodzijums/d.mdx → module: Kursam "ieslodzijums" nav moduļa "B7"; ir: B0, B1 (content/courses/ieslodzijums.yaml).',
			'content/lessons/kurss-c/e.mdx → course: Nav kursa "kurss-c" (content/courses/kurss-c.yaml).',
		]);
	});
});
