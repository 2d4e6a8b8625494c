// Groups the pages found in Cache Storage for the offline page: the tools, the directory and the
// lessons the user can open without a network. Pure: the page's script reads the cache.

export type CachedPage = { path: string; title: string };
export type CachedGroups = { tools: CachedPage[]; directory: CachedPage[]; lessons: CachedPage[] };

const SITE_SUFFIX = /\s+—\s+Prakses ceļvedis$/;

/** The page title without the site name that BaseLayout appends. */
export const pageTitle = (title: string): string => title.replace(SITE_SUFFIX, '').trim();

/** The title in a page's HTML, or null. */
export function titleOf(html: string): string | null {
	const m = /<title>([^<]*)<\/title>/i.exec(html);
	if (!m) return null;
	const text = m[1]!
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
	return pageTitle(text);
}

/**
 * Sorts cached page paths into tools (/riki/…), directory (/resursi/…) and lessons
 * (/kursi/<course>/<lesson>/), each in Latvian alphabetical order by title, without duplicates.
 */
export function groupCachedPages(pages: CachedPage[]): CachedGroups {
	const groups: CachedGroups = { tools: [], directory: [], lessons: [] };
	const seen = new Set<string>();
	for (const p of pages) {
		if (seen.has(p.path)) continue;
		seen.add(p.path);
		if (/^\/riki\/.+/.test(p.path)) groups.tools.push(p);
		else if (/^\/resursi\//.test(p.path)) groups.directory.push(p);
		else if (/^\/kursi\/[^/]+\/[^/]+\/$/.test(p.path)) groups.lessons.push(p);
	}
	const byTitle = (a: CachedPage, b: CachedPage) => a.title.localeCompare(b.title, 'lv');
	groups.tools.sort(byTitle);
	groups.directory.sort((a, b) => (a.path === '/resursi/' ? -1 : b.path === '/resursi/' ? 1 : byTitle(a, b)));
	groups.lessons.sort(byTitle);
	return groups;
}

/** Whether a search result's page is kept offline (its URL without the #heading). */
export const isKept = (url: string, kept: ReadonlySet<string>): boolean => kept.has(url.split('#')[0]!);
