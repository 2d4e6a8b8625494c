import { atom } from 'nanostores';
import type { SearchResult } from '../lib/search/index-records.ts';
import { loadEngine, type Engine, type EnginePayload } from '../lib/search/engine.ts';

/** Loading state of the search index. */
export const $searchStatus = atom<'idle' | 'loading' | 'ready' | 'error'>('idle');

let searcher: Engine | null = null;
let pending: Promise<void> | null = null;

/** Fetches the index once (on first search) and builds the searcher. */
export function loadSearchIndex(): Promise<void> {
	if (searcher) return Promise.resolve();
	if (!pending) {
		$searchStatus.set('loading');
		pending = fetch('/search-index.json')
			.then((r) => {
				if (!r.ok) throw new Error(String(r.status));
				return r.json() as Promise<EnginePayload>;
			})
			.then((payload) => {
				searcher = loadEngine(payload);
				$searchStatus.set('ready');
			})
			.catch(() => {
				pending = null;
				$searchStatus.set('error');
			});
	}
	return pending;
}

/** Runs a query against the loaded index (empty until loaded). */
export function runSearch(query: string, limit = 10): SearchResult[] {
	return searcher && query.trim() ? searcher.search(query, limit) : [];
}
