// Prakses ceļvedis service worker. Built by src/integrations/service-worker.ts, which fills in
// what it keeps ahead of use (src/lib/offline/precache.ts has the policy), each file with its
// content hash:
//   PRECACHE  on the first visit, kept small: the offline page, the not-found page, the
//             directory's list page (every service's phone) and their stylesheets;
//   LATER     from the second page view on, in the background, unless the browser asks to save
//             data: the home and search pages, every tool, their scripts and the search index.
// Only same-origin GET requests are handled; nothing is ever sent anywhere else.
//
// Caches:
//   pc-precache  what is kept ahead of use; each entry carries its hash (x-pc-hash), so an
//                update re-downloads only the files whose hash changed;
//   pc-pages     pages and data kept when visited, or by "Saglabāt visu lietošanai bezsaistē";
//   pc-assets    files with a content hash in their name (/_astro/, the search index's shards and
//                fragments), which never change under the same name.
const PRECACHE = __PRECACHE__;
const LATER = __LATER__;
const KEEP = ['pc-precache', 'pc-pages', 'pc-assets'];
const IMMUTABLE = __IMMUTABLE__;

/** Fetches the entries that are missing or whose hash changed into pc-precache. */
async function keep(entries) {
	const cache = await caches.open('pc-precache');
	await Promise.all(
		entries.map(async ({ url, hash }) => {
			const hit = await cache.match(url);
			if (hit && hit.headers.get('x-pc-hash') === hash) return;
			const res = await fetch(url, { cache: 'no-cache' });
			if (!res.ok) throw new Error(`${url}: ${res.status}`);
			const headers = new Headers(res.headers);
			headers.set('x-pc-hash', hash);
			await cache.put(url, new Response(await res.blob(), { status: res.status, headers }));
		}),
	);
}

async function precache() {
	await keep(PRECACHE);
	// Files no longer in the build leave the precache.
	const wanted = new Set([...PRECACHE, ...LATER].map((e) => new URL(e.url, self.location.origin).href));
	const cache = await caches.open('pc-precache');
	for (const req of await cache.keys()) if (!wanted.has(req.url)) await cache.delete(req);
}

let later = null;
/** The return-visit set, once per worker lifetime (again after a failure). */
function keepLater() {
	if (self.navigator.connection?.saveData) return Promise.resolve();
	later ??= keep(LATER).catch(() => {
		later = null;
	});
	return later;
}

self.addEventListener('install', (event) => {
	event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			// Caches of earlier versions (pc-<version>) are removed; the three above are kept.
			.then((keys) =>
				Promise.all(
					keys.filter((k) => k.startsWith('pc-') && !KEEP.includes(k)).map((k) => caches.delete(k)),
				),
			)
			.then(() => self.clients.claim()),
	);
});

self.addEventListener('fetch', (event) => {
	const req = event.request;
	const url = new URL(req.url);
	if (req.method !== 'GET' || url.origin !== self.location.origin) return;
	// A page view after the first (the first page was loaded before this worker): keep the tools.
	if (req.mode === 'navigate') event.waitUntil(keepLater());
	// Files with a content hash in their name never change: cache first.
	if (IMMUTABLE.test(url.pathname)) {
		event.respondWith(
			caches
				.match(req, { ignoreVary: true, ignoreSearch: true })
				.then((hit) => hit || fetchAndKeep(req, 'pc-assets')),
		);
		return;
	}
	// Pages and data: network first so updates arrive, the kept copy when offline.
	event.respondWith(
		fetchAndKeep(req, 'pc-pages').catch(() =>
			caches
				.match(req, { ignoreSearch: req.mode === 'navigate', ignoreVary: true })
				// A page that was never kept: the offline page, which lists what is kept.
				.then((hit) => hit || caches.match(req.mode === 'navigate' ? '/bezsaiste/' : '/404.html')),
		),
	);
});

function fetchAndKeep(req, name) {
	return fetch(req).then((res) => {
		if (res.ok && res.type === 'basic') {
			const copy = res.clone();
			caches.open(name).then((cache) => cache.put(req, copy));
		}
		return res;
	});
}
