import { atom } from 'nanostores';
import type { SearchResult } from '../lib/search/index-records.ts';
import type { SearchReply, SearchRequest } from '../scripts/search-worker.ts';

/** Loading state of the search index. */
export const $searchStatus = atom<'idle' | 'loading' | 'ready' | 'error'>('idle');

/** What one search shows: the best results and how many match in all. */
export type Found = { results: SearchResult[]; total: number };

/** Pause after the last keystroke before a query runs. */
export const DEBOUNCE_MS = 120;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (reply: SearchReply) => void>();

function ask(request: Omit<SearchRequest, 'id'>): Promise<SearchReply> {
	worker ??= (() => {
		const w = new Worker(new URL('../scripts/search-worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent<SearchReply>) => {
			waiting.get(e.data.id)?.(e.data);
			waiting.delete(e.data.id);
		};
		return w;
	})();
	const id = ++nextId;
	return new Promise((resolve) => {
		waiting.set(id, resolve);
		worker?.postMessage({ id, ...request } satisfies SearchRequest);
	});
}

/** Starts loading the index in the worker (on first search); resolves when it is ready. */
export function loadSearchIndex(): Promise<void> {
	if ($searchStatus.get() === 'ready') return Promise.resolve();
	$searchStatus.set('loading');
	return ask({ query: '', limit: 0 }).then((r) => $searchStatus.set('error' in r ? 'error' : 'ready'));
}

let timer: ReturnType<typeof setTimeout> | undefined;
let latest = 0;
/** Settles the query still waiting for its pause, when a newer one replaces it. */
let superseded: (() => void) | undefined;

/**
 * Runs a query in the worker after a short pause in typing. Resolves with the results, or with
 * null when a newer query replaced this one. `loose` lets any word match (closest matches).
 */
export function runSearch(query: string, limit = 10, loose = false): Promise<Found | null> {
	const mine = ++latest;
	clearTimeout(timer);
	superseded?.();
	superseded = undefined;
	if (!query.trim()) return Promise.resolve({ results: [], total: 0 });
	return new Promise((resolve) => {
		superseded = () => resolve(null);
		timer = setTimeout(() => {
			superseded = undefined;
			void ask({ query, limit, loose }).then((r) => {
				if ('error' in r) $searchStatus.set('error');
				resolve(mine !== latest || 'error' in r ? null : { results: r.results, total: r.total });
			});
		}, DEBOUNCE_MS);
	});
}

/** The closest matches with any word (for the no-results state); not debounced. */
export function closestMatches(query: string, limit = 5): Promise<SearchResult[]> {
	return ask({ query, limit, loose: true }).then((r) => ('error' in r ? [] : r.results));
}
