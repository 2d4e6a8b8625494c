// The service worker's caching policy (issue 12, part 7), as pure functions the build integration
// uses: which pages are kept on the first visit, which build assets they need, and the manifest
// that "Saglabāt visu lietošanai bezsaistē" downloads. No file system, no DOM.

/**
 * Pages kept on the first visit, which must stay small (about 60 kB beyond the page itself): the
 * offline page, the not-found page and the directory's list page, which carries every service's
 * phone number and reads without JavaScript. They are kept with the stylesheets they use.
 */
export const FIRST_VISIT_PAGES = /^\/(?:bezsaiste\/$|404\.html$|resursi\/$)/;

/**
 * Pages kept from the second page view on, in the background: the home and search pages and every
 * tool, with all the scripts these pages use and the whole search index, so the tools and search
 * work offline for anyone who comes back. Lessons, directory entries and the rest are kept when
 * visited, or all at once when the user asks ("Saglabāt visu lietošanai bezsaistē").
 */
export const RETURN_VISIT_PAGES = /^\/(?:$|meklet\/$|riki\/)/;

/** The search index's files (src/lib/search/engine.ts). */
export const SEARCH_FILES = /^\/search\//;

/** Files with a content hash in their name: they never change, so they are kept apart from pages. */
export const IMMUTABLE_FILES = /^\/(?:_astro\/|search\/[tf]-)/;

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

/** A file the service worker keeps ahead of use, with its content hash (per-file versions). */
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
 * What the service worker keeps on the first visit (`precache`) and from the second page view on
 * (`later`), and the offline manifest, from the built files. `textOf(url)` returns an HTML, CSS or
 * JS file's text (for its asset references); other files are never asked for.
 */
export function offlinePlan(
	files: BuiltFile[],
	textOf: (url: string) => string,
): { precache: PrecacheEntry[]; later: PrecacheEntry[]; manifest: OfflineManifest } {
	const byUrl = new Map(files.map((f) => [f.url, f]));
	const refsOf = (url: string) =>
		/\.(?:js|css|html)$/.test(url) && byUrl.has(url)
			? assetRefs(textOf(url), url).filter((r) => byUrl.has(r))
			: [];
	const pages = files.flatMap((f) => {
		const page = pageUrl(f.url);
		return page ? [{ page, file: f }] : [];
	});
	const entry = (url: string) => ({ url, hash: byUrl.get(url)!.hash });
	const pageEntry = (p: { page: string; file: BuiltFile }) => ({ url: p.page, hash: p.file.hash });
	const byName = (a: PrecacheEntry, b: PrecacheEntry) => a.url.localeCompare(b.url);
	const extra = ['/favicon.svg', '/manifest.webmanifest'].filter((u) => byUrl.has(u));
	const search = files.map((f) => f.url).filter((u) => SEARCH_FILES.test(u));

	// First visit: the small pages and their stylesheets; their scripts come later (they read without).
	const first = pages.filter((p) => FIRST_VISIT_PAGES.test(p.page));
	const firstAssets = assetClosure(
		first.flatMap((p) => refsOf(p.file.url)),
		refsOf,
	).filter((u) => u.endsWith('.css'));
	const precache = [...first.map(pageEntry), ...[...firstAssets, ...extra].map(entry)].sort(byName);

	// Second page view on: the tools, search and every script the kept pages use.
	const kept = new Set(precache.map((e) => e.url));
	const returning = pages.filter((p) => RETURN_VISIT_PAGES.test(p.page));
	const returningAssets = assetClosure(
		[...first, ...returning].flatMap((p) => refsOf(p.file.url)),
		refsOf,
	);
	const later = [...returning.map(pageEntry), ...[...returningAssets, ...search].map(entry)]
		.filter((e) => !kept.has(e.url))
		.sort(byName);

	const allAssets = assetClosure(
		pages.flatMap((p) => refsOf(p.file.url)),
		refsOf,
	);
	const manifestFiles = [...allAssets, ...search, ...extra].map((u) => ({
		url: u,
		bytes: byUrl.get(u)!.bytes,
	}));
	const manifestPages = pages
		.map((p) => ({ url: p.page, bytes: p.file.bytes }))
		.sort((a, b) => a.url.localeCompare(b.url));
	const bytes = [...manifestPages, ...manifestFiles].reduce((n, f) => n + f.bytes, 0);
	return { precache, later, manifest: { pages: manifestPages, files: manifestFiles, bytes } };
}
