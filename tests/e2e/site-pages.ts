import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built page's URL path, read from dist/ (the build runs before the e2e tests), and /404.html. */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else if (d === 'dist' && n === '404.html') out.push('/404.html');
			else if (n === 'index.html')
				out.push('/' + relative('dist', d).replace(/\\/g, '/') + (d === 'dist' ? '' : '/'));
		}
	};
	walk('dist');
	return out.map((p) => p.replace(/^\/\/?$/, '/').replace(/^\/\//, '/')).sort();
}

/** The built HTML of a page path. */
export const builtHtml = (path: string): string =>
	readFileSync(join('dist', path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');

/** The island components (e.g. 'AlgorithmStepper') a built page hydrates, from its HTML. */
export const islandKinds = (html: string): string[] =>
	[
		...new Set(
			[...html.matchAll(/<astro-island[^>]*component-url="\/_astro\/([A-Za-z]+)\./g)].map((m) => m[1]!),
		),
	].sort();

/**
 * A page's type: its first path segment and depth (lessons, resource entries, algorithm tools and
 * scenarios each share a template), the fixed last segment of a scenario's sub-pages (facilitator,
 * projector, handout, answer key), and the islands it hydrates.
 */
export function pageType(path: string, html: string): string {
	const seg = path.split('/').filter(Boolean);
	const sub = seg[0] === 'scenariji' && seg.length === 3 ? `/${seg[2]}` : '';
	return `${seg[0] ?? 'home'}/${seg.length}${sub} [${islandKinds(html).join(' ')}]`;
}

/** The first page of each page type, in path order. */
export function onePagePerType(): { path: string; type: string; html: string }[] {
	const seen = new Map<string, { path: string; type: string; html: string }>();
	for (const path of builtPages()) {
		const html = builtHtml(path);
		const type = pageType(path, html);
		if (!seen.has(type)) seen.set(type, { path, type, html });
	}
	return [...seen.values()];
}
