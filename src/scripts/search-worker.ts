// The site search runs here, off the main thread: the index is fetched and loaded once, then
// each message is one query. Messages: { id, query, limit, loose } → { id, results, total }.
import { loadEngine, type Engine, type EnginePayload } from '../lib/search/engine.ts';

export type SearchRequest = { id: number; query: string; limit: number; loose?: boolean };
export type SearchReply =
	| { id: number; results: ReturnType<Engine['find']>['results']; total: number }
	| { id: number; error: string };

let engine: Promise<Engine> | null = null;

function load(): Promise<Engine> {
	engine ??= fetch('/search-index.json')
		.then((r) => {
			if (!r.ok) throw new Error(String(r.status));
			return r.json() as Promise<EnginePayload>;
		})
		.then(loadEngine)
		.catch((e: unknown) => {
			engine = null;
			throw e;
		});
	return engine;
}

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
	const { id, query, limit, loose } = e.data;
	try {
		const found = (await load()).find(query, limit, loose);
		self.postMessage({ id, ...found } satisfies SearchReply);
	} catch (err) {
		self.postMessage({ id, error: String(err) } satisfies SearchReply);
	}
};
