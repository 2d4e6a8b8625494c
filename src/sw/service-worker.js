// Prakses ceļvedis service worker. Built by src/integrations/service-worker.ts, which fills in
// PRECACHE: the shell, the tools and the directory's list page, each with its content hash.
// Only same-origin GET requests are handled; nothing is ever sent anywhere else.
//
// Caches:
//   pc-precache  what is kept on the first visit; each entry carries its hash (x-pc-hash), so an
//                update re-downloads only the files whose hash changed;
//   pc-pages     pages and data kept when visited, or by "Saglabāt visu lietošanai bezsaistē";
//   pc-assets    hashed build files (/_astro/), which never change under the same name.
const PRECACHE = __PRECACHE__;
const KEEP = ['pc-precache', 'pc-pages', 'pc-assets'];

async function precache() {
	const cache = await caches.open('pc-precache');
	const wanted = new Set(PRECACHE.map((e) => new URL(e.url, self.location.origin).href));
	await Promise.all(
		PRECACHE.map(async ({ url, hash }) => {
			const hit = await cache.match(url);
			if (hit && hit.headers.get('x-pc-hash') === hash) return;
			const res = await fetch(url, { cache: 'no-cache' });
			if (!res.ok) throw new Error(`${url}: ${res.status}`);
			const headers = new Headers(res.headers);
			headers.set('x-pc-hash', hash);
			await cache.put(url, new Response(await res.blob(), { status: res.status, headers }));
		}),
	);
	// Files no longer in the build leave the precache.
	for (const req of await cache.keys()) if (!wanted.has(req.url)) await cache.delete(req);
}

self.addEventListener('install', (event) => {
	event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			// Caches of earlier versions (pc-<version>) are removed; the three above are kept.
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('pc-') && !KEEP.includes(k)).map((k) => caches.delete(k))))
			.then(() => self.clients.claim()),
	);
});

self.addEventListener('fetch', (event) => {
	const req = event.request;
	const url = new URL(req.url);
	if (req.method !== 'GET' || url.origin !== self.location.origin) return;
	// Hashed build assets never change: cache first.
	if (url.pathname.startsWith('/_astro/')) {
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
