import { describe, expect, test } from 'vitest';
import MiniSearch from 'minisearch';
import {
	buildSearchBundle,
	bundleFiles,
	bundleRecords,
	createLazyEngine,
	indexMaker,
	loadEngine,
	OPTIONS,
	shardKey,
	shardsFor,
	type SearchBundle,
} from '../../../src/lib/search/engine.ts';
import { toIndexed, type SearchRecord } from '../../../src/lib/search/index-records.ts';

const records: SearchRecord[] = [
	{
		id: 'a#risks',
		kind: 'lesson',
		url: '/kursi/a/#risks',
		page: 'Krīze',
		heading: 'Pašnāvības risks',
		text: 'Jautājiet tieši par pašnāvības domām.',
	},
	{
		id: 'a#plans',
		kind: 'lesson',
		url: '/kursi/a/#plans',
		page: 'Krīze',
		heading: 'Drošības plāns',
		text: 'Plānu sastāda kopā ar klientu.',
	},
	{
		id: 'b',
		kind: 'lesson',
		url: '/kursi/b/',
		page: 'Dokumenti pēc atbrīvošanas',
		text: 'Pase un personas apliecība.',
	},
	{
		id: 'tool-risks',
		kind: 'tool',
		url: '/riki/pasnavibas-risks/',
		page: 'Pašnāvības riska pārbaude',
		text: 'Kontrolsaraksts.',
	},
	{
		id: 'res-116123',
		kind: 'resource',
		url: '/resursi/krizes-talrunis/',
		page: 'Krīzes tālrunis',
		text: 'Emocionāla atbalsta tālrunis 116123.',
	},
];
const bundle = buildSearchBundle(toIndexed(records), [
	{ when: [['drosib', 'plan']], show: ['/riki/pasnavibas-risks/'] },
]);

/** A fetcher over the bundle's files that records what was asked for. */
function files(b: SearchBundle) {
	const byName = new Map(bundleFiles(b));
	const asked: string[] = [];
	let fail = new Set<string>();
	const fetchJson = (name: string) => {
		asked.push(name);
		if (fail.has(name)) {
			fail.delete(name);
			return Promise.reject(new Error('offline'));
		}
		return Promise.resolve(structuredClone(byName.get(name)));
	};
	return { fetchJson, asked, failOnce: (name: string) => (fail = new Set([...fail, name])) };
}

describe('the split search index', () => {
	test('splits terms by their first letter and records by page, each file named by its content', () => {
		expect(shardKey('pasnavib')).toBe('p');
		expect(shardKey('syn_bt')).toBe('syn');
		expect(shardKey('116123')).toBe('1');
		// Each shard holds terms of one first letter, in order.
		for (const shard of bundle.shards) {
			const terms = shard.map(([t]) => t);
			expect(new Set(terms.map(shardKey)).size).toBe(1);
			expect(terms).toEqual([...terms].sort());
		}
		expect(bundle.core.shards.first).toEqual(bundle.shards.map((t) => t[0]?.[0]));
		expect(bundle.core.fragments).toHaveLength(4);
		expect(bundle.core.frag.slice(0, 2)).toEqual([0, 0]);
		expect(bundle.core.fragments[0]).toMatch(/^f-0\.[a-z0-9]+\.json$/);
		expect(bundleRecords(bundle).map((r) => r.id)).toEqual(records.map((r) => r.id));
		// The best bet names its record by number, not by URL.
		expect(bundle.core.bets[0]?.show).toEqual([3]);
	});

	test('a large letter is split into shards of bounded size; a word loads one, an unfinished word all its completions', () => {
		const words = Array.from({ length: 3000 }, (_, i) => `pel${i.toString(36).padStart(3, '0')}x`);
		const many = buildSearchBundle(
			toIndexed(words.map((w, i) => ({ id: `r${i}`, kind: 'lesson', url: `/r/${i}/`, page: w, text: w }))),
		);
		const p = many.core.shards.first.flatMap((f, n) => (f.startsWith('p') ? [n] : []));
		expect(p.length).toBeGreaterThan(2);
		expect(many.shards.every((t) => JSON.stringify(t).length < 30_000)).toBe(true);
		// A word loads the one shard it falls in; an unfinished last word every shard of its completions.
		expect(shardsFor(many.core, 'pel1c0x').map((n) => many.core.shards.first[n])).toEqual(['pel1bxx']);
		expect(shardsFor(many.core, 'sarga pel')).toEqual(p);
		expect(loadEngine(many).search('pel05k', 1)[0]?.record.page).toBe('pel05kx');
	});

	test('a query fetches the core, its own shards and only the fragments of the results shown', async () => {
		const f = files(bundle);
		const lazy = createLazyEngine(f.fetchJson);
		const found = await lazy.find('pasnavibas risks', 1);
		expect(found.results.map((r) => r.record.url)).toEqual(['/riki/pasnavibas-risks/']);
		expect(found.total).toBeGreaterThan(1);
		// „pašnāvība" is in a synonym group: its shard is the synonyms'.
		expect(
			shardsFor(bundle.core, 'pasnavibas risks').map((n) => bundle.core.shards.first[n]?.charAt(0)),
		).toEqual(['r', 's']);
		expect(f.asked).toEqual([
			'core.json',
			...shardsFor(bundle.core, 'pasnavibas risks').map((n) => bundle.core.shards.files[n]),
			bundle.core.fragments[bundle.core.frag[3] as number],
		]);
	});

	test('answers exactly as the whole index in memory, whatever earlier queries loaded', async () => {
		const whole = loadEngine(bundle);
		const lazy = createLazyEngine(files(bundle).fetchJson);
		for (const q of ['drosibas plans', 'dokumenti pec atbrivosanas', 'talrunis', 'pasnavib', 'plans'])
			expect((await lazy.find(q, 5)).results.map((r) => r.record.id)).toEqual(
				whole.search(q, 5).map((r) => r.record.id),
			);
		// The best bet comes first; the snippet marks the words found.
		const [first, second] = whole.search('drosibas plans', 5);
		expect(first?.record.url).toBe('/riki/pasnavibas-risks/');
		expect(second?.snippet.some((p) => p.mark && p.text === 'Plānu')).toBe(true);
	});

	test('an index made of shared parts answers exactly as MiniSearch loading the same shards itself', () => {
		const { core } = bundle;
		const make = indexMaker(core, (n) => bundle.shards[n] ?? []);
		const keys = core.shards.first.map((_, n) => n);
		const own = MiniSearch.loadJS(
			{
				documentCount: core.kinds.length,
				nextId: core.kinds.length,
				documentIds: Object.fromEntries(records.map((_, i) => [i, i])),
				fieldIds: { nt: 0, n: 1 },
				fieldLength: Object.fromEntries(records.map((_, i) => [i, core.lengths.slice(2 * i, 2 * i + 2)])),
				averageFieldLength: core.avg,
				storedFields: {},
				dirtCount: 0,
				index: keys.flatMap((n) => bundle.shards[n] ?? []),
				serializationVersion: 2,
			} as never,
			OPTIONS,
		);
		const shared = make(keys);
		for (const q of ['kri', 'plan', 'pasnavib risk', 'dokument atbrivos', 'talrun 116123'])
			for (const combineWith of ['OR', 'AND'] as const) {
				const opts = { prefix: true, fuzzy: 0.2, combineWith };
				expect(shared.search(q, opts)).toEqual(own.search(q, opts));
			}
		expect(own.search('kri', { prefix: true }).length).toBeGreaterThan(0);
	});

	test('a file that failed to load is fetched again by the next query', async () => {
		const f = files(bundle);
		f.failOnce(bundle.core.shards.files[shardsFor(bundle.core, 'talrunis')[0] as number] as string);
		const lazy = createLazyEngine(f.fetchJson);
		await expect(lazy.find('talrunis')).rejects.toThrow('offline');
		expect((await lazy.find('talrunis')).results[0]?.record.id).toBe('res-116123');
	});
});
