// The service worker's caching policy (issue 12, part 7), as pure functions the build integration
// uses: which pages are kept on the first visit, which build assets they need, and the manifest
// that "Saglabāt visu lietošanai bezsaistē" downloads. No file system, no DOM.

/**
 * Pages kept on the first visit: the shell (home, offline page, not-found page, search page), every
 * tool and the directory's list page, which carries every service's phone numbers; with them the
 * search index, so search works offline. Lessons,
 * directory entries and the rest are kept when visited, or all at once when the user asks.
 */
export const PRECACHE_PAGES = /^\/(?:$|bezsaiste\/$|404\.html$|meklet\/$|resursi\/$|riki\/)/;

/** A built file: its URL path, size in bytes and content hash. */
export type BuiltFile = { url: string; bytes: number; hash: string };

/** The page URL of a built HTML file (`/riki/x/index.html` → `/riki/x/`), or null for other files. */
export function pageUrl(file: string): string | null {
	if (file === '/404.html') return file;
	if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
	return null;
}

/**
 * The build assets a text refers to: `/_astro/…` paths in HTML, CSS or JS, and the relative
 * `./chunk.js` imports between the build's own chunks (resolved against `from`).
 */
export function assetRefs(text: string, from = '/_astro/x.js'): string[] {
	const out = new Set<string>();
	for (const m of text.matchAll(/\/_astro\/[\w.@~-]+\.(?:js|css|woff2?|svg|png|webp)/g)) out.add(m[0]);
	if (from.startsWith('/_astro/'))
		for (const m of text.matchAll(/["'`]\.\/([\w.@~-]+\.js)["'`]/g)) out.add(`/_astro/${m[1]}`);
	return [...out].sort();
}

/** Every asset reachable from the start set through `refsOf` (start included), sorted. */
export function assetClosure(start: Iterable<string>, refsOf: (url: string) => string[]): string[] {
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url)) return;
		seen.add(url);
		refsOf(url).forEach(visit);
	};
	[...start].forEach(visit);
	return [...seen].sort();
}

/** What the service worker keeps on install, each with its content hash (per-file versions). */
export type PrecacheEntry = { url: string; hash: string };

/**
 * The offline manifest (`/offline-manifest.json`): every page and every file they need, with
 * sizes, so "save everything" can say how much it will download before it starts.
 */
export type OfflineManifest = {
	pages: { url: string; bytes: number }[];
	files: { url: string; bytes: number }[];
	bytes: number;
};

/**
 * The precache list and the offline manifest from the built files. `textOf(url)` returns an HTML,
 * CSS or JS file's text (for its asset references); other files are never asked for.
 */
export function offlinePlan(
	files: BuiltFile[],
	textOf: (url: string) => string,
): { precache: PrecacheEntry[]; manifest: OfflineManifest } {
	const byUrl = new Map(files.map((f) => [f.url, f]));
	const refsOf = (url: string) =>
		/\.(?:js|css|html)$/.test(url) && byUrl.has(url)
			? assetRefs(textOf(url), url).filter((r) => byUrl.has(r))
			: [];
	const pages = files.flatMap((f) => {
		const page = pageUrl(f.url);
		return page ? [{ page, file: f }] : [];
	});
	const shellPages = pages.filter((p) => PRECACHE_PAGES.test(p.page));
	const shellAssets = assetClosure(
		shellPages.flatMap((p) => refsOf(p.file.url)),
		refsOf,
	);
	const extra = ['/favicon.svg', '/manifest.webmanifest'].filter((u) => byUrl.has(u));
	// Search works offline from the first visit: its index is kept with the shell.
	const index = ['/search-index.json'].filter((u) => byUrl.has(u));
	const precache = [
		...shellPages.map((p) => ({ url: p.page, hash: p.file.hash })),
		...[...shellAssets, ...extra, ...index].map((u) => ({ url: u, hash: byUrl.get(u)!.hash })),
	].sort((a, b) => a.url.localeCompare(b.url));
	const allAssets = assetClosure(
		pages.flatMap((p) => refsOf(p.file.url)),
		refsOf,
	);
	const data = ['/search-index.json', ...extra].filter((u) => byUrl.has(u));
	const manifestFiles = [...allAssets, ...data].map((u) => ({ url: u, bytes: byUrl.get(u)!.bytes }));
	const manifestPages = pages
		.map((p) => ({ url: p.page, bytes: p.file.bytes }))
		.sort((a, b) => a.url.localeCompare(b.url));
	const bytes = [...manifestPages, ...manifestFiles].reduce((n, f) => n + f.bytes, 0);
	return { precache, manifest: { pages: manifestPages, files: manifestFiles, bytes } };
}
