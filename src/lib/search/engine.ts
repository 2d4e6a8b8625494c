// The site's search engine: an inverted index (MiniSearch) over the same folded, stemmed and
// synonym-keyed fields that normalize.ts makes for both the index and the query. It was chosen
// over fuse.js by measurement (README, `npm run bench:search`): fuse.js scans every record on
// every keystroke, so its query time grows with the content; an inverted index looks terms up.
// The index is built and serialised at build time; the browser only loads it.

import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { IndexedRecord, SearchRecord, SearchResult } from './index-records.ts';
import { normalizeQuery } from './normalize.ts';
import { makeSnippet } from './snippet.ts';
import { fold } from './fold.ts';
import { bestBetUrls, type BestBet } from './best-bets.ts';
import { SYNONYMS, type SynonymGroup } from './synonyms.ts';

/** A document as MiniSearch indexes it: its position in `records` and its normalised fields. */
type Doc = { i: number; nt: string; n: string };

/** The serialised index: the records to show and MiniSearch's term index over them. */
export type EnginePayload = {
	v: 2;
	records: SearchRecord[];
	index: unknown;
	bets: BestBet[];
	/** The synonym groups the index was normalised with; the query uses the same. */
	synonyms?: SynonymGroup[];
};

/** Query stems that name a task or a service: then tools and directory entries rank first. */
const TASK_TERMS = new Set(
	'termin darb dien algoritm plan talrun krize krizes patversm dokument numur pabalst palidzib zvan'.split(
		' ',
	),
);

/** How many of the best hits get the exact-phrase check. */
const PHRASE_CHECKED = 40;

/** Fewer all-word hits than this, and hits with some of the words are added. */
const ENOUGH = 30;

/** Score factor per kind: tools and directory entries are where a task gets done. */
function kindBoost(kind: SearchRecord['kind'], task: boolean): number {
	if (kind === 'tool') return task ? 3 : 1.5;
	if (kind === 'resource') return task ? 2 : 1.2;
	return 1;
}

const OPTIONS: Options<Doc> = {
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

const SEARCH: SearchOptions = {
	boost: { nt: 3, n: 1 },
	combineWith: 'AND',
	// The last word may be unfinished while typing; stems of 3+ letters also match as prefixes.
	prefix: (term, i, terms) => (i === terms.length - 1 || term.length >= 5) && !term.startsWith('syn_'),
	fuzzy: (term) => fuzziness(term) || false,
	maxFuzzy: 2,
	// A fuzzy or prefix hit counts for less than the exact stem.
	weights: { fuzzy: 0.35, prefix: 0.6 },
};

/** Builds the serialisable index (at build time). */
export function buildEngineIndex(
	indexed: readonly IndexedRecord[],
	bets: BestBet[] = [],
	synonyms: SynonymGroup[] = [...SYNONYMS],
): EnginePayload {
	const mini = new MiniSearch<Doc>(OPTIONS);
	mini.addAll(indexed.map((r, i) => ({ i, nt: r.nt, n: r.n })));
	const records = indexed.map(({ n: _n, nt: _nt, ...r }) => r);
	return { v: 2, records, index: mini.toJSON(), bets, synonyms };
}

/** The folded query as a phrase, when it has two or more words (else null). */
function exactPhrase(query: string): string | null {
	const phrase = fold(query).replace(/\s+/g, ' ').trim();
	return phrase.includes(' ') ? phrase : null;
}

/** A searcher over a loaded index. */
export type Engine = {
	/** Best matches, best first; `loose` lets any term match (for the no-results state). */
	search(query: string, limit?: number, loose?: boolean): SearchResult[];
	/** The best `limit` matches and how many match in all (the "rādīti 8 no 14" count). */
	find(query: string, limit?: number, loose?: boolean): { results: SearchResult[]; total: number };
};

/**
 * Loads a serialised index.
 * @example loadEngine(payload).search('krizes dzivoklis', 5)
 */
export function loadEngine(payload: EnginePayload): Engine {
	const mini = MiniSearch.loadJS<Doc>(payload.index as never, OPTIONS);
	const { records, bets } = payload;
	const synonyms = payload.synonyms ?? SYNONYMS;
	const byUrl = new Map<string, number>();
	records.forEach((r, i) => byUrl.has(r.url) || byUrl.set(r.url, i));
	const run = (query: string, loose: boolean) => {
		const terms = normalizeQuery(query, synonyms);
		if (!terms.length) return { terms, hits: [] as { i: number; score: number }[] };
		const phrase = exactPhrase(query);
		const task = terms.some((t) => TASK_TERMS.has(t));
		// The phrase check folds a record's text, so it runs on the best few only.
		const phraseHit = (i: number) => {
			if (!phrase) return false;
			const r = records[i] as SearchRecord;
			return fold(`${r.page} ${r.heading ?? ''} ${r.text}`)
				.replace(/\s+/g, ' ')
				.includes(phrase);
		};
		const scored = (combineWith: 'AND' | 'OR') => {
			const hits = mini
				// The closest matches (`loose`) allow one more typo per word.
				.search(terms.join(' '), {
					...SEARCH,
					combineWith,
					...(loose
						? { fuzzy: (t: string) => (t.startsWith('syn_') ? false : fuzziness(t) + 1), maxFuzzy: 3 }
						: {}),
				})
				.map((h) => ({
					i: h.id as number,
					score: h.score * kindBoost((records[h.id as number] as SearchRecord).kind, task),
				}))
				.sort((x, y) => y.score - x.score);
			for (const h of hits.slice(0, PHRASE_CHECKED)) if (phraseHit(h.i)) h.score *= 2;
			return hits.sort((x, y) => y.score - x.score);
		};
		// Records with every word come first. When they are few, records with only some of the
		// words follow (a practitioner's words are often not the text's); `loose` asks for those
		// closest matches alone.
		const all = loose ? [] : scored('AND');
		if ((terms.length > 1 && all.length < ENOUGH) || loose) {
			const seen = new Set(all.map((h) => h.i));
			const some = scored('OR').filter((h) => !seen.has(h.i));
			const floor = all.length ? (all[all.length - 1] as { score: number }).score : Infinity;
			const max = some[0]?.score ?? 0;
			const scale = max > floor ? (floor * 0.99) / max : 1;
			all.push(...some.map((h) => ({ i: h.i, score: h.score * scale })));
		}
		const hits = all;
		// Best bets come first, in their order, whether or not every word matched them.
		const first = bestBetUrls(bets, terms)
			.map((u) => byUrl.get(u))
			.filter((i): i is number => i !== undefined);
		if (!first.length) return { terms, hits };
		const top = (hits[0]?.score ?? 1) + first.length;
		return {
			terms,
			hits: [...first.map((i, k) => ({ i, score: top - k })), ...hits.filter((h) => !first.includes(h.i))],
		};
	};
	const find = (query: string, limit = 10, loose = false) => {
		const { terms, hits } = run(query, loose);
		const results = hits.slice(0, limit).map((h) => {
			const record = records[h.i] as SearchRecord;
			return { record, score: h.score, snippet: makeSnippet(record.text, terms, 80, synonyms) };
		});
		return { results, total: hits.length };
	};
	return {
		search: (query, limit = 10, loose = false) => find(query, limit, loose).results,
		find,
	};
}
