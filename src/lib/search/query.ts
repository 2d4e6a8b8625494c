// fuse.js runs over text that normalize.ts has already folded and stemmed, so its own case and
// diacritic handling is switched off and each query stem is one fuzzy AND-term.

import Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import type { IndexedRecord, SearchRecord, SearchResult } from './index-records.ts';
import { normalizeQuery } from './normalize.ts';
import { makeSnippet } from './snippet.ts';
import { fold } from './fold.ts';

export type { SearchResult } from './index-records.ts';

/** The fuse.js options the site searches with (tuned by tests/unit/search/query.test.ts). */
export const FUSE_OPTIONS: IFuseOptions<IndexedRecord> = {
	keys: [
		{ name: 'nt', weight: 2 },
		{ name: 'n', weight: 1 },
	],
	// Space-separated query items become AND-ed terms, each matched fuzzily on its own.
	useExtendedSearch: true,
	// Stems may sit anywhere in a long section, so position must not cost score.
	ignoreLocation: true,
	// Errors allowed per term ≈ 0.3 × its length: none for 3 letters, one for 4–6, two for 7–9.
	// At 0.2 a typo in a 4-letter stem ('plabs' for 'plāns') is lost; at 0.4 short stems start
	// matching unrelated words and AND-ed queries stop narrowing.
	threshold: 0.3,
	// Fields and query are already lowercase and folded; skip fuse's per-search lowercasing.
	isCaseSensitive: true,
	includeScore: true,
};

// Bitap patterns are limited to 32 characters; longer stems are cut, which still matches.
const MAX_TERM = 32;

/** Turns normalised query terms into an extended-search pattern. */
function toPattern(terms: readonly string[]): string {
	// Synonym keys must match exactly: a fuzzy 'syn_bt' would also hit 'syn_sd'.
	return terms.map((t) => (t.startsWith('syn_') ? `'${t}` : t.slice(0, MAX_TERM))).join(' ');
}

function toRecord({ n: _n, nt: _nt, ...record }: IndexedRecord): SearchRecord {
	return record;
}

/** The folded query as a phrase, when it has two or more words (else null). */
function exactPhrase(query: string): string | null {
	const phrase = fold(query).replace(/\s+/g, ' ').trim();
	return phrase.includes(' ') ? phrase : null;
}

/**
 * Fuzzy AND-matching ignores word order and distance, so a short record that merely contains
 * each stem somewhere can outrank the section that says the phrase itself ("3 darba dienas").
 * A record whose heading or text contains the typed phrase gets a better (lower) score.
 */
function phraseBoost(item: IndexedRecord, phrase: string | null, score: number): number {
	if (!phrase) return score;
	const hay = fold(`${item.page} ${item.heading ?? ''} ${item.text}`).replace(/\s+/g, ' ');
	return hay.includes(phrase) ? score * 0.25 : score;
}

/** A searcher over a loaded index. */
export type Searcher = {
	/** Best matches for a free-text query, best first; empty for a blank or stop-word-only query. */
	search(query: string, limit?: number): SearchResult[];
};

/**
 * Builds a searcher over the index.
 * @example createSearcher(index).search('krizes dzivoklis', 5)
 */
export function createSearcher(indexed: readonly IndexedRecord[]): Searcher {
	const fuse = new Fuse(indexed, FUSE_OPTIONS);
	return {
		search(query, limit = 10) {
			const terms = normalizeQuery(query);
			if (terms.length === 0) return [];
			const phrase = exactPhrase(query);
			return fuse
				.search(toPattern(terms), { limit: phrase ? limit * 3 : limit })
				.map((hit) => ({
					record: toRecord(hit.item),
					score: phraseBoost(hit.item, phrase, hit.score ?? 1),
					snippet: makeSnippet(hit.item.text, terms),
				}))
				.sort((a, b) => a.score - b.score)
				.slice(0, limit);
		},
	};
}
