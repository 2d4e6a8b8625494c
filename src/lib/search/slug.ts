// The one heading-slug function of the site. The rehype plugin that sets heading ids on lesson
// pages and the search index that links to them both call `createSlugger`, so a result's
// `page#anchor` always lands on its heading (issue 12: 19 links were dangling when the index
// dropped a heading's leading "3." and the page kept it).

import { fold } from './fold.ts';

/**
 * Turns heading text into an ASCII id.
 * @example slugifyHeading('Kāpēc cietušie atsakās?') // 'kapec-cietusie-atsakas'
 * @example slugifyHeading('3. Izglītojiet par palīdzības iespējām') // '3-izglitojiet-par-palidzibas-iespejam'
 */
export function slugifyHeading(text: string): string {
	return fold(text.normalize('NFC'))
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * A slugger for one page: numbers repeats ("x", "x-1") across all its h2–h6 headings, in
 * document order; an empty slug becomes 'sadala'.
 */
export function createSlugger(): (text: string) => string {
	const seen = new Map<string, number>();
	return (text) => {
		const base = slugifyHeading(text) || 'sadala';
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		return n === 0 ? base : `${base}-${n}`;
	};
}
