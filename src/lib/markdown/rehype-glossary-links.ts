/**
 * Rehype plugin: links the first use of each glossary term or abbreviation on a page to its entry
 * on /terminologija/ (`<a class="term-link" href="/terminologija/#<id>">`), at build time. Never
 * inside headings, links, code, buttons or an existing <abbr>. Terms are matched in their inflected
 * forms (each word's stem, without its ending, plus up to five letters: "bāriņtiesa" also finds
 * "bāriņtiesai", "drošības plāns" "drošības plānu"); abbreviations exactly, case-sensitive.
 */

import { NOT_PROSE, type HastNode } from './hast.ts';

/** A glossary entry as the matcher needs it (content/glossary/terms.yaml). */
export type GlossaryTerm = { id: string; term: string; abbr?: string };

/** One Latvian ending (noun or adjective), longest first: "sociālais" → "sociāl", "bāriņtiesa" → "bāriņties". */
const ENDING = /(?:ais|ajs|as|es|is|us|ie|a|e|i|u|o|s|š|ā|ē|ī|ū)$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const L = '[\\p{L}\\p{N}]';

/** The pattern for a term in its inflected forms: each word's stem (at least 4 letters kept) and up to 5 more letters. */
export function termPattern(term: string): string {
	const words = term
		.replace(/\([^)]*\)/g, ' ')
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	return words
		.map((w) => {
			const stem = w.replace(ENDING, '');
			return stem.length >= 4 ? `${escape(stem)}\\p{L}{0,5}` : escape(w);
		})
		.join('[\\s\\u00a0]+');
}

/** An abbreviation is linked only when it has at least two capitals ("BT", "IeV", "PAPV"), so words are not mistaken for one. */
const isAbbr = (a: string | undefined): a is string => !!a && (a.match(/\p{Lu}/gu) ?? []).length >= 2;

type Matcher = { id: string; term: string; re: RegExp; abbr: boolean };

/** Matchers for every term and abbreviation. */
export function glossaryMatchers(terms: GlossaryTerm[]): Matcher[] {
	const out: Matcher[] = [];
	for (const g of terms) {
		out.push({
			id: g.id,
			term: g.term,
			abbr: false,
			re: new RegExp(`(?<!${L})${termPattern(g.term)}(?!${L})`, 'iu'),
		});
		if (isAbbr(g.abbr))
			out.push({
				id: g.id,
				term: g.term,
				abbr: true,
				re: new RegExp(`(?<!${L})${escape(g.abbr)}(?!${L})`, 'u'),
			});
	}
	return out;
}

/** Links the first use of each term in `tree` (a hast root), in document order. Mutates the tree. */
export function linkGlossaryTerms(tree: HastNode, terms: GlossaryTerm[], base = '/terminologija/'): void {
	const matchers = glossaryMatchers(terms);
	const linked = new Set<string>();
	const total = new Set(terms.map((g) => g.id)).size;

	const split = (text: string): HastNode[] => {
		let best: { m: Matcher; index: number; length: number } | null = null;
		for (const m of matchers) {
			if (linked.has(m.id)) continue;
			const r = m.re.exec(text);
			if (r && (!best || r.index < best.index || (r.index === best.index && r[0].length > best.length)))
				best = { m, index: r.index, length: r[0].length };
		}
		if (!best) return [{ type: 'text', value: text }];
		linked.add(best.m.id);
		const word = text.slice(best.index, best.index + best.length);
		const inner: HastNode = best.m.abbr
			? {
					type: 'element',
					tagName: 'abbr',
					properties: { title: best.m.term },
					children: [{ type: 'text', value: word }],
				}
			: { type: 'text', value: word };
		const link: HastNode = {
			type: 'element',
			tagName: 'a',
			properties: { href: `${base}#${best.m.id}`, className: ['term-link'] },
			children: [inner],
		};
		const before = text.slice(0, best.index);
		return [
			...(before ? [{ type: 'text', value: before }] : []),
			link,
			...split(text.slice(best.index + best.length)),
		];
	};

	const visit = (node: HastNode) => {
		if (!node.children) return;
		const out: HastNode[] = [];
		for (const child of node.children) {
			if (child.type === 'text' && child.value && linked.size < total) out.push(...split(child.value));
			else {
				const skip =
					(child.type === 'element' && NOT_PROSE.has(child.tagName ?? '')) ||
					// MDX components (Situation, Callout, …) are walked into; their props are not text.
					(child.type === 'element' && child.properties?.dataNoGlossary !== undefined);
				if (!skip) visit(child);
				out.push(child);
			}
		}
		node.children = out;
	};
	visit(tree);
}

/** The rehype plugin: `rehypeGlossaryLinks({ terms })`. */
export function rehypeGlossaryLinks(options: { terms: GlossaryTerm[]; base?: string }) {
	return (tree: HastNode) => linkGlossaryTerms(tree, options.terms, options.base);
}
