// The site's search engine: an inverted index (MiniSearch) over the same folded, stemmed and
// synonym-keyed fields that normalize.ts makes for both the index and the query. It was chosen
// over fuse.js by measurement (README, `npm run bench:search`): fuse.js scans every record on
// every keystroke, so its query time grows with the content; an inverted index looks terms up.
//
// The index is built at build time and split into files, so a first query fetches only what it
// needs (issue 12: its first-query bytes stay below Pagefind's as content grows):
//  - the core (`/search/core.json`): per record only its kind, its fragment and its field
//    lengths, plus the best bets and synonyms; every other file is named in it with its hash;
//  - term shards (`t-<n>.<hash>.json`): MiniSearch's postings for a run of terms in sorted order,
//    each shard of a bounded size and within one first letter (or digit, or the synonym keys);
//    a query loads the shards its words and unfinished last word fall in;
//  - fragments (`f-<n>.<hash>.json`): a few consecutive records of one page, with the text for
//    the snippets; only those of the results shown are loaded.
// A query is searched in an index made of exactly its own shards, so its results never depend on
// what earlier queries happened to load. A typo is forgiven among the terms its shards hold; the
// closest matches (no results) load every shard of each word's first letter.

import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { IndexedRecord, SearchRecord, SearchResult } from './index-records.ts';
import { normalizeQuery } from './normalize.ts';
import { makeSnippet } from './snippet.ts';
import { bestBetsFor, type BestBet } from './best-bets.ts';
import { SYNONYMS, type SynonymGroup } from './synonyms.ts';
import { keepLast } from '../cache/keep-last.ts';
import { fnv1a } from '../text/hash.ts';

/** A document as MiniSearch indexes it: its position in the records and its normalised fields. */
type Doc = { i: number; nt: string; n: string };

/** MiniSearch's postings for one term: field id → record → term frequency. */
type Postings = Record<string, Record<string, number>>;

/** One term shard: MiniSearch's serialised index entries for its terms. */
export type Shard = [term: string, postings: Postings][];

/** One record as a fragment holds it: what a result shows, and the text for its snippet. */
export type FragmentRecord = SearchRecord & { i: number };

/** The records of one page. */
export type Fragment = FragmentRecord[];

const KINDS = [
	'lesson',
	'glossary',
	'tool',
	'resource',
	'scenario',
] as const satisfies SearchRecord['kind'][];

/** What every query needs, fetched once: small and independent of the text's length. */
export type SearchCore = {
	v: 3;
	/** One letter per record: its kind's index in KINDS. */
	kinds: string;
	/** The fragment each record is in. */
	frag: number[];
	/** Each record's field lengths (title, all), flattened; MiniSearch's BM25 needs them. */
	lengths: number[];
	/** The fields' average lengths, as MiniSearch computed them. */
	avg: [number, number];
	/** The term shards in term order: the first term of each, and its file name. */
	shards: { first: string[]; files: string[] };
	/** Fragment number → file name. */
	fragments: string[];
	/** Best bets, each showing records by number. */
	bets: { when: string[][]; show: number[] }[];
	/** The synonym groups the index was normalised with; the query uses the same. */
	synonyms: SynonymGroup[];
};

/** Everything the engine reads, as one value (built at build time; in memory for tests and the bench). */
export type SearchBundle = { core: SearchCore; shards: Shard[]; fragments: Fragment[] };

/** Query stems that name a task or a service: then tools and directory entries rank first. */
const TASK_TERMS = new Set(
	'termin darb dien algoritm plan talrun krize krizes patversm dokument numur pabalst palidzib zvan'.split(
		' ',
	),
);

/** A term shard's size limit (JSON characters; one term with many records may exceed it). */
const SHARD_BYTES = 24_000;

/** A fragment's text limit: past it, the page's next records start a new fragment. */
const FRAGMENT_CHARS = 4_000;

/** Fewer all-word hits than this, and hits with some of the words are added. */
const ENOUGH = 10;

/** Score factor per kind: tools and directory entries are where a task gets done. */
function kindBoost(kind: SearchRecord['kind'], task: boolean): number {
	if (kind === 'tool') return task ? 3 : 1.5;
	if (kind === 'resource') return task ? 2 : 1.2;
	return 1;
}

/** How the index is built and loaded (exported for the engine tests). */
export const OPTIONS: Options<Doc> = {
	idField: 'i',
	fields: ['nt', 'n'],
	storeFields: [],
	// Fields are already stems separated by single spaces (normalize.ts), on both sides.
	tokenize: (text) => text.split(' '),
	processTerm: (term) => term || null,
};

/**
 * Errors allowed per query term: none for synonym keys and numbers or stems of up to 3 letters,
 * one for 4–7 letters, two from 8 ('plabs' still finds 'plans', but 'risk' does not find 'rik').
 */
function fuzziness(term: string): number {
	if (term.startsWith('syn_') || /^\d+$/.test(term) || term.length <= 3) return 0;
	return term.length <= 7 ? 1 : 2;
}

/**
 * The last word may be unfinished while typing; stems of 7+ letters also match as prefixes
 * (measured: from 5 letters they found nothing more and raised the p95 at 10× content from about 4
 * to 5–6 ms). A prefix needs 3 letters: 'p' or 'pa' would match thousands of words.
 */
function isPrefix(term: string, i: number, terms: readonly string[]): boolean {
	return term.length >= 3 && (i === terms.length - 1 || term.length >= 7) && !term.startsWith('syn_');
}

/**
 * The query's terms. A last word of one letter after other words is still being typed
 * ("pasnavibas r"): it is left out until it says something, so the results do not jump. Two
 * letters match as a whole word ('cv'), not as a prefix.
 */
function queryTerms(core: SearchCore, query: string): string[] {
	const terms = normalizeQuery(query, core.synonyms);
	const last = terms[terms.length - 1] ?? '';
	const typing = terms.length > 1 && last.length < 2 && !/^\d+$/.test(last) && /\S$/.test(query);
	return typing ? terms.slice(0, -1) : terms;
}

const SEARCH: SearchOptions = {
	boost: { nt: 3, n: 1 },
	combineWith: 'AND',
	prefix: isPrefix,
	fuzzy: (term) => fuzziness(term) || false,
	maxFuzzy: 2,
	// A fuzzy or prefix hit counts for less than the exact stem.
	weights: { fuzzy: 0.35, prefix: 0.6 },
};

/** The group a term's shards are in: its first letter or digit, or 'syn' for synonym keys. */
export function shardKey(term: string): string {
	if (term.startsWith('syn_')) return 'syn';
	const c = term.charAt(0);
	return /[a-z0-9]/.test(c) ? c : '_';
}

/** A short content hash for file names: a changed file gets a new name. */
const hashOf = (text: string): string => fnv1a(text).toString(36);

/** Builds the index files (at build time). */
export function buildSearchBundle(
	indexed: readonly IndexedRecord[],
	bets: BestBet[] = [],
	synonyms: SynonymGroup[] = [...SYNONYMS],
): SearchBundle {
	const mini = new MiniSearch<Doc>(OPTIONS);
	mini.addAll(indexed.map((r, i) => ({ i, nt: r.nt, n: r.n })));
	const json = mini.toJSON() as unknown as {
		index: Shard;
		fieldLength: Record<string, [number, number]>;
		averageFieldLength: [number, number];
	};
	// Shards: runs of sorted terms, a new one at each new first letter or past SHARD_BYTES.
	const shards: Shard[] = [];
	const first: string[] = [];
	let size = Infinity;
	for (const entry of [...json.index].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
		const bytes = JSON.stringify(entry).length;
		const last = first[first.length - 1];
		if (last === undefined || shardKey(last) !== shardKey(entry[0]) || size + bytes > SHARD_BYTES) {
			shards.push([]);
			first.push(entry[0]);
			size = 0;
		}
		(shards[shards.length - 1] as Shard).push(entry);
		size += bytes;
	}
	// Fragments: consecutive records of one page, a new one past FRAGMENT_CHARS of text.
	const fragments: Fragment[] = [];
	let chars = Infinity;
	let page = '';
	const frag = indexed.map(({ n: _n, nt: _nt, ...r }, i) => {
		const p = r.url.split('#')[0] as string;
		if (p !== page || chars > FRAGMENT_CHARS) {
			fragments.push([]);
			page = p;
			chars = 0;
		}
		(fragments[fragments.length - 1] as Fragment).push({ i, ...r });
		chars += r.text.length;
		return fragments.length - 1;
	});
	const byUrl = new Map<string, number>();
	indexed.forEach((r, i) => byUrl.has(r.url) || byUrl.set(r.url, i));
	const core: SearchCore = {
		v: 3,
		kinds: indexed.map((r) => String(KINDS.indexOf(r.kind))).join(''),
		frag,
		lengths: indexed.flatMap((_, i) => json.fieldLength[i] ?? [0, 0]),
		avg: json.averageFieldLength,
		shards: { first, files: shards.map((t, n) => `t-${n}.${hashOf(JSON.stringify(t))}.json`) },
		fragments: fragments.map((f, n) => `f-${n}.${hashOf(JSON.stringify(f))}.json`),
		bets: bets.map((b) => ({
			when: b.when,
			show: b.show.map((u) => byUrl.get(u)).filter((i): i is number => i !== undefined),
		})),
		synonyms,
	};
	return { core, shards, fragments };
}

/** Each file of a bundle with its name under /search/: the core, the shards, the fragments. */
export function bundleFiles({ core, shards, fragments }: SearchBundle): [name: string, data: unknown][] {
	return [
		['core.json', core],
		...shards.map((s, n): [string, unknown] => [core.shards.files[n] as string, s]),
		...fragments.map((f, n): [string, unknown] => [core.fragments[n] as string, f]),
	];
}

/** Every record of a bundle, in order (for build checks, tests and the bench). */
export function bundleRecords(bundle: Pick<SearchBundle, 'fragments'>): FragmentRecord[] {
	return bundle.fragments.flat().sort((a, b) => a.i - b.i);
}

/** The last index in sorted `list` whose value is ≤ `x` (0 when none is). */
function floorIndex(list: readonly string[], x: string): number {
	let lo = 0;
	let hi = list.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((list[mid] as string) <= x) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * The shards a query needs, by number: the one each word falls in; for a word that may be
 * unfinished, every shard its completions fall in; for the closest matches, every shard of each
 * word's first letter.
 */
export function shardsFor(core: SearchCore, query: string, loose = false): number[] {
	const { first } = core.shards;
	const out = new Set<number>();
	const terms = queryTerms(core, query);
	terms.forEach((term, i) => {
		const group = shardKey(term);
		const from = floorIndex(first, term);
		if (loose) {
			first.forEach((f, n) => shardKey(f) === group && out.add(n));
			return;
		}
		out.add(from);
		if (!isPrefix(term, i, terms)) return;
		for (let n = from + 1; n < first.length && (first[n] as string).startsWith(term); n++) out.add(n);
	});
	return [...out].filter((n) => n < first.length).sort((a, b) => a - b);
}

/**
 * The parts of a MiniSearch 7 instance that the indexes over one core share: the records' ids and
 * field lengths, and the term tree the shards' postings go into. MiniSearch has no public way to
 * add serialised postings to an index; building each shard set from scratch with `loadJS` re-made
 * every record's maps and every posting on each new set, which was most of a query's time at 10×
 * content. The engine tests compare the results with a plain `loadJS` index.
 */
type Internals = {
	_documentIds: unknown;
	_idToShortId: unknown;
	_fieldLength: unknown;
	_index: { get(term: string): unknown; set(term: string, data: unknown): unknown };
};

/** Makes MiniSearch indexes over the core's records and a set of its shards (by number). */
export function indexMaker(
	core: SearchCore,
	shardOf: (n: number) => Shard,
): (keys: number[]) => MiniSearch<Doc> {
	const n = core.kinds.length;
	const load = (records: boolean, index: Shard) => {
		const documentIds: Record<number, number> = {};
		const fieldLength: Record<number, [number, number]> = {};
		if (records)
			for (let i = 0; i < n; i++) {
				documentIds[i] = i;
				fieldLength[i] = [core.lengths[2 * i] ?? 0, core.lengths[2 * i + 1] ?? 0];
			}
		const js = {
			documentCount: n,
			nextId: n,
			documentIds,
			fieldIds: { nt: 0, n: 1 },
			fieldLength,
			averageFieldLength: core.avg,
			storedFields: {},
			dirtCount: 0,
			index,
			serializationVersion: 2,
		};
		return MiniSearch.loadJS<Doc>(js as never, OPTIONS);
	};
	const base = load(true, []) as unknown as Internals;
	// Each shard's postings as MiniSearch holds them, made once (by loading the shard alone).
	const made = new Map<number, [string, unknown][]>();
	const postings = (k: number) => {
		let out = made.get(k);
		if (!out) {
			const shard = shardOf(k);
			const alone = load(false, shard) as unknown as Internals;
			out = shard.map(([term]) => [term, alone._index.get(term)]);
			if (shard.length) made.set(k, out);
		}
		return out;
	};
	return (keys) => {
		const mini = load(false, []);
		const m = mini as unknown as Internals;
		m._documentIds = base._documentIds;
		m._idToShortId = base._idToShortId;
		m._fieldLength = base._fieldLength;
		for (const k of keys) for (const [term, data] of postings(k)) m._index.set(term, data);
		return mini;
	};
}

type Hit = { i: number; score: number };

/** The ranked hits for a query in an index holding (at least) its shards. */
function rank(
	core: SearchCore,
	mini: MiniSearch<Doc>,
	query: string,
	loose: boolean,
): { terms: string[]; hits: Hit[] } {
	const terms = queryTerms(core, query);
	if (!terms.length) return { terms, hits: [] };
	const task = terms.some((t) => TASK_TERMS.has(t));
	// One OR search: a record with every word has the same score as an AND search would give it
	// (MiniSearch sums the terms' scores and multiplies by how many matched), so the records with
	// every word are picked out of it instead of searching twice.
	const distinct = new Set(terms).size;
	const scored = mini
		.search(terms.join(' '), {
			...SEARCH,
			combineWith: 'OR',
			// The closest matches (`loose`) allow one more typo per word.
			...(loose
				? { fuzzy: (t: string) => (t.startsWith('syn_') ? false : fuzziness(t) + 1), maxFuzzy: 3 }
				: {}),
		})
		.map((h) => ({
			i: h.id as number,
			score: h.score * kindBoost(KINDS[Number(core.kinds[h.id as number])] ?? 'lesson', task),
			every: h.queryTerms.length >= distinct,
		}))
		.sort((x, y) => y.score - x.score);
	// Records with every word come first. When they are few, records with only some of the words
	// follow (a practitioner's words are often not the text's); `loose` asks for those closest
	// matches alone.
	const hits: Hit[] = loose ? [] : scored.filter((h) => h.every);
	if ((terms.length > 1 && hits.length < ENOUGH) || loose) {
		const some = loose ? scored : scored.filter((h) => !h.every);
		const floor = hits.length ? (hits[hits.length - 1] as Hit).score : Infinity;
		const max = some[0]?.score ?? 0;
		const scale = max > floor ? (floor * 0.99) / max : 1;
		hits.push(...some.map((h) => ({ i: h.i, score: h.score * scale })));
	}
	// Best bets come first, in their order, whether or not every word matched them.
	const first = bestBetsFor(core.bets, terms);
	if (!first.length) return { terms, hits };
	const top = (hits[0]?.score ?? 1) + first.length;
	return {
		terms,
		hits: [...first.map((i, k) => ({ i, score: top - k })), ...hits.filter((h) => !first.includes(h.i))],
	};
}

/** What one search answers: the best `limit` results and how many match in all. */
export type Found = { results: SearchResult[]; total: number };

/** The results for the best hits, with their snippets, from the fragments that hold them. */
function present(
	core: SearchCore,
	terms: string[],
	hits: Hit[],
	limit: number,
	fragment: (n: number) => Fragment,
): Found {
	const results = hits.slice(0, limit).flatMap((h) => {
		const r = fragment(core.frag[h.i] as number).find((x) => x.i === h.i);
		if (!r) return [];
		const { i: _i, ...record } = r;
		return [{ record, score: h.score, snippet: makeSnippet(r.text, terms, 80, core.synonyms) }];
	});
	return { results, total: hits.length };
}

/** A searcher over a whole index in memory. */
export type Engine = {
	/** Best matches, best first; `loose` lets any term match (for the no-results state). */
	search(query: string, limit?: number, loose?: boolean): SearchResult[];
	/** The best `limit` matches and how many match in all (the "rādīti 8 no 14" count). */
	find(query: string, limit?: number, loose?: boolean): Found;
};

/** Keeps the last few indexes by shard set: typing a query reuses its index on each keystroke. */
function indexCache(core: SearchCore, shardOf: (n: number) => Shard) {
	const make = indexMaker(core, shardOf);
	const kept = keepLast(8, (id: string) => make(id ? id.split(' ').map(Number) : []));
	return (keys: number[]) => kept(keys.join(' '));
}

/**
 * A searcher over a whole bundle in memory (tests, the bench).
 * @example loadEngine(bundle).search('krizes dzivoklis', 5)
 */
export function loadEngine(bundle: SearchBundle): Engine {
	const { core } = bundle;
	const miniFor = indexCache(core, (n) => bundle.shards[n] ?? []);
	const find = (query: string, limit = 10, loose = false): Found => {
		const { terms, hits } = rank(core, miniFor(shardsFor(core, query, loose)), query, loose);
		return present(core, terms, hits, limit, (n) => bundle.fragments[n] ?? []);
	};
	return { search: (query, limit = 10, loose = false) => find(query, limit, loose).results, find };
}

/** A searcher that fetches the core, the shards and the fragments as queries need them. */
export type LazyEngine = {
	/** Resolves when the core is loaded (the first search needs it). */
	ready(): Promise<void>;
	find(query: string, limit?: number, loose?: boolean): Promise<Found>;
};

/**
 * A searcher over files fetched on demand: `fetchJson('core.json')`, then the shard and fragment
 * file names the core lists. A failed fetch is retried on the next query.
 */
export function createLazyEngine(fetchJson: (file: string) => Promise<unknown>): LazyEngine {
	const files = new Map<string, Promise<unknown>>();
	const get = <T>(file: string): Promise<T> => {
		let p = files.get(file);
		if (!p) {
			p = fetchJson(file).catch((e: unknown) => {
				files.delete(file);
				throw e;
			});
			files.set(file, p);
		}
		return p as Promise<T>;
	};
	const loaded = new Map<string, unknown>();
	const fetchAll = async (names: string[]) => {
		const data = await Promise.all(names.map((f) => get(f)));
		names.forEach((f, k) => loaded.set(f, data[k]));
	};
	let miniFor: ((keys: number[]) => MiniSearch<Doc>) | null = null;
	const core = async () => {
		const c = await get<SearchCore>('core.json');
		miniFor ??= indexCache(c, (n) => (loaded.get(c.shards.files[n] as string) as Shard | undefined) ?? []);
		return c;
	};
	return {
		ready: async () => void (await core()),
		async find(query, limit = 10, loose = false) {
			const c = await core();
			const keys = shardsFor(c, query, loose);
			await fetchAll(keys.map((n) => c.shards.files[n] as string));
			const { terms, hits } = rank(c, (miniFor as NonNullable<typeof miniFor>)(keys), query, loose);
			const pages = [...new Set(hits.slice(0, limit).map((h) => c.frag[h.i] as number))];
			await fetchAll(pages.map((n) => c.fragments[n] as string));
			return present(
				c,
				terms,
				hits,
				limit,
				(n) => (loaded.get(c.fragments[n] as string) as Fragment | undefined) ?? [],
			);
		},
	};
}
