// Prakses ceļvedis service worker: the tools, the directory and visited pages work offline.
// Built by src/integrations/service-worker.ts, which fills in VERSION and PRECACHE.
// Only same-origin GET requests are handled; nothing is ever sent anywhere else.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `pc-${VERSION}`;

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((k) => k.startsWith('pc-') && k !== CACHE).map((k) => caches.delete(k))),
			)
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
			caches.match(req, { ignoreVary: true, ignoreSearch: true }).then((hit) => hit || fetchAndKeep(req)),
		);
		return;
	}
	// Pages and data: network first so updates arrive, the cached copy when offline.
	event.respondWith(
		fetchAndKeep(req).catch(() =>
			caches
				.match(req, { ignoreSearch: req.mode === 'navigate', ignoreVary: true })
				// A page that was never cached: the offline page, which lists what is cached.
				.then((hit) => hit || caches.match(req.mode === 'navigate' ? '/bezsaiste/' : '/404.html')),
		),
	);
});

function fetchAndKeep(req) {
	return fetch(req).then((res) => {
		if (res.ok && res.type === 'basic') {
			const copy = res.clone();
			caches.open(CACHE).then((cache) => cache.put(req, copy));
		}
		return res;
	});
}
