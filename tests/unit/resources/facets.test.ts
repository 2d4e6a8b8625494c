import { describe, expect, test } from 'vitest';
import {
	applyFacets,
	facetCounts,
	selectionFromQuery,
	selectionToQuery,
	toggleValue,
	type Facet,
} from '../../../src/lib/facets/index.ts';
import {
	dating,
	findBacklinks,
	isClientSafe,
	sortEntries,
	RESOURCE_FACETS,
	KNOWN_VALUES,
	type FinderEntry,
} from '../../../src/lib/resources/directory.ts';
import { findCitations } from '../../../src/lib/cite/parse.ts';
import { citationProblems } from '../../../src/lib/cite/validate.ts';
import { filterScenarios } from '../../../src/lib/scenario-views/filter.ts';

type Item = { id: string; kind: string; groups: string[]; flags: string[] };
const items: Item[] = [
	{ id: 'a', kind: 'line', groups: ['victims'], flags: ['24-7', 'free'] },
	{ id: 'b', kind: 'line', groups: ['children'], flags: ['free'] },
	{ id: 'c', kind: 'office', groups: ['victims', 'workers'], flags: [] },
];
const facets: Facet<Item>[] = [
	{ key: 'kind', param: 'veids', values: (i) => [i.kind] },
	{ key: 'group', param: 'grupa', values: (i) => i.groups },
	{ key: 'flag', param: 'tikai', values: (i) => i.flags, mode: 'all' },
];

describe('facets', () => {
	test('values within a facet are OR-ed, facets are AND-ed, "all" facets need every value', () => {
		expect(
			applyFacets(items, facets, { kind: ['line', 'office'], group: ['victims'] }).map((i) => i.id),
		).toEqual(['a', 'c']);
		expect(applyFacets(items, facets, { flag: ['free'] }).map((i) => i.id)).toEqual(['a', 'b']);
		expect(applyFacets(items, facets, { flag: ['free', '24-7'] }).map((i) => i.id)).toEqual(['a']);
		expect(applyFacets(items, facets, {}).length).toBe(3);
	});
	test('counts say how many items each value would give with the other facets kept', () => {
		const c = facetCounts(items, facets, { kind: ['line'] });
		expect(c.kind).toEqual({ line: 2, office: 1 });
		expect(c.group).toEqual({ victims: 1, children: 1 });
		expect(c.flag).toEqual({ '24-7': 1, free: 2 });
	});
	test('a selection round-trips through the URL and drops unknown values', () => {
		const q = selectionToQuery({ kind: ['line'], group: ['victims', 'children'] }, facets, {
			q: 'nakts patversme',
		});
		expect(q).toBe('?q=nakts%20patversme&veids=line&grupa=victims,children');
		expect(selectionFromQuery(q, facets)).toEqual({ kind: ['line'], group: ['victims', 'children'] });
		expect(selectionFromQuery('?veids=line,bogus', facets, { kind: ['line', 'office'] })).toEqual({
			kind: ['line'],
		});
		expect(selectionToQuery({}, facets)).toBe('');
	});
	test('toggling adds and removes a value', () => {
		expect(toggleValue(toggleValue({}, 'kind', 'line'), 'kind', 'line')).toEqual({ kind: [] });
	});
	test('the scenario list filters through the same module', () => {
		const s = [
			{ course: 'a', topics: ['x'], minutes: 10 },
			{ course: 'b', topics: ['y'], minutes: 40 },
		];
		expect(filterScenarios(s, { course: '', topic: '', length: 'long' })).toEqual([s[1]]);
	});
});

const entry = (over: Partial<FinderEntry>): FinderEntry => ({
	id: 'x',
	name: 'X',
	kind: 'krizes-talrunis',
	audience: 'visi',
	description: '',
	targetGroups: ['krize'],
	region: 'visa-latvija',
	phones: [],
	...over,
});

describe('directory rules', () => {
	test('emergency numbers come first as 112, 110, 113, then groups in order', () => {
		const sorted = sortEntries([
			entry({ id: 'm', kind: 'iestade', name: 'A' }),
			entry({ id: '113', kind: 'arkartas-numurs', name: 'N', phones: [{ number: '113', label: '' }] }),
			entry({ id: '112', kind: 'arkartas-numurs', name: 'V', phones: [{ number: '112', label: '' }] }),
			entry({ id: '110', kind: 'arkartas-numurs', name: 'P', phones: [{ number: '110', label: '' }] }),
			entry({ id: 'k', kind: 'krizes-talrunis', name: 'B' }),
		]);
		expect(sorted.map((e) => e.id)).toEqual(['112', '110', '113', 'k', 'm']);
	});
	test('a professional contact, the perpetrators line and a service for perpetrators are not client-safe', () => {
		expect(isClientSafe(entry({}))).toBe(true);
		expect(isClientSafe(entry({ audience: 'specialisti' }))).toBe(false);
		expect(
			isClientSafe(entry({ kind: 'vardarbibas-veicejiem', targetGroups: ['vardarbibas-veiceji'] })),
		).toBe(false);
		expect(
			isClientSafe(entry({ kind: 'pasvaldibas-pakalpojums', targetGroups: ['vardarbibas-veiceji'] })),
		).toBe(false);
	});
	test('the 24/7 and free flags come only from what a phone says', () => {
		const e = entry({ phones: [{ number: '116123', label: '', free: true, allDay: true }] });
		expect(applyFacets([e], RESOURCE_FACETS, { flag: ['24-7', 'bez-maksas'] })).toEqual([e]);
		expect(
			applyFacets([entry({ phones: [{ number: '67222922', label: '' }] })], RESOURCE_FACETS, {
				flag: ['24-7'],
			}),
		).toEqual([]);
		expect(KNOWN_VALUES.flag).toEqual(['24-7', 'bez-maksas']);
	});
	test('dating: a handbook entry is "ap 2022" and always due a check; a checked page is due after 12 months', () => {
		const today = new Date('2027-06-01T00:00:00Z');
		expect(dating({ source: '[@003, 11533]' }, today)).toEqual({
			label: 'pēc rokasgrāmatas (ap 2022. g.)',
			stale: true,
		});
		expect(dating({ source: '[@ext:zz-116123]', lastVerified: '2026-11-21' }, today).stale).toBe(false);
		expect(dating({ source: '[@ext:zz-116123]', lastVerified: '2026-05-31' }, today)).toEqual({
			label: 'pārbaudīts publiskā lapā 31.05.2026.',
			stale: true,
		});
	});
	test('backlinks are found by scanning for /resursi/<id>/ links, once per page', () => {
		const links = findBacklinks(
			[
				{
					url: '/a/',
					title: 'A',
					body: 'Zvaniet [116123](/resursi/krizes/) vai /resursi/krizes/ un /resursi/nav/',
				},
				{ url: '/b/', title: 'B', body: 'nekā' },
			],
			['krizes'],
		);
		expect([...links.entries()]).toEqual([['krizes', [{ url: '/a/', title: 'A' }]]]);
	});
	test('citations parse document, section and lines, and known public pages', () => {
		const source = '[@003 3. pielikums, 11529-11602] [@ext:zz-116123]';
		expect(findCitations(source).flatMap((c) => c.items)).toEqual([
			{ kind: 'source', document: '003', section: '3. pielikums', ranges: [{ from: 11529, to: 11602 }] },
			{ kind: 'ext', id: 'zz-116123' },
		]);
		expect(citationProblems(source)).toEqual([]);
		expect(citationProblems('[@ext:nav-tada]')).toEqual([
			'atsauce "[@ext:nav-tada]" norāda uz nezināmu ārējo avotu "ext:nav-tada". Pievienojiet to src/lib/cite/documents.ts.',
		]);
	});
});
