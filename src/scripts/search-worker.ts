// The site search runs here, off the main thread. The index is split into files under /search/
// (src/lib/search/engine.ts): the core is fetched on the first message, then each query fetches
// the term shards and page fragments it needs, once. Messages: { id, query, limit, loose } →
// { id, results, total }; an empty query only loads the core.
import { createLazyEngine, type Found } from '../lib/search/engine.ts';

export type SearchRequest = { id: number; query: string; limit: number; loose?: boolean };
export type SearchReply = ({ id: number } & Found) | { id: number; error: string };

const engine = createLazyEngine((file) =>
	fetch(`/search/${file}`).then((r) => {
		if (!r.ok) throw new Error(`${r.status} /search/${file}`);
		return r.json() as Promise<unknown>;
	}),
);

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
	const { id, query, limit, loose } = e.data;
	try {
		if (!query.trim()) {
			await engine.ready();
			self.postMessage({ id, results: [], total: 0 } satisfies SearchReply);
			return;
		}
		self.postMessage({ id, ...(await engine.find(query, limit, loose)) } satisfies SearchReply);
	} catch (err) {
		self.postMessage({ id, error: String(err) } satisfies SearchReply);
	}
};
