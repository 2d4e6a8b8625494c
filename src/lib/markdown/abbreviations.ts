/**
 * Abbreviation markup: the first use of each abbreviation in a lesson body becomes
 * `<abbr title="expansion">IeVP</abbr>`, derived from the glossary (content/glossary/*.yaml) at build time.
 *
 * Rules (tests/unit/markdown/abbreviations.test.ts):
 * - the longest match first: "IeVP" is never read as "IeV" + "P", "VPD" never as "VP" + "D";
 * - case-sensitive: "ES" (Eiropas Savienība) is marked, the pronoun "es" is not;
 * - a whole word only: "IeV" inside "IeVP" or "VP" inside "VPD" is not a use of "IeV" or "VP";
 * - never inside headings, links, code or an existing <abbr>; an <abbr> already there (e.g. the one
 *   rehype-glossary-links puts inside a term link) counts as the first use of its abbreviation.
 *
 * The matching is a pure function (`markAbbreviations`) on a string; `abbreviateTree` walks a hast tree.
 */

import { NOT_PROSE, textOf, type HastNode } from './hast.ts';

/** A glossary entry as far as abbreviations need it. */
export type AbbrSource = { term: string; abbr?: string };

/** An abbreviation and what it stands for. */
export type Abbreviation = { abbr: string; title: string };

/** A piece of text: plain, or an abbreviation to mark up. */
export type AbbrSegment = { text: string; title?: string };

/**
 * An abbreviation is marked only when it has at least two capitals ("BT", "IeV", "Cēsu AIeN"),
 * the same rule as the glossary links, so an ordinary word ("Dienests") is never taken for one.
 */
export const isAbbreviation = (a: string | undefined): a is string =>
	!!a && (a.match(/\p{Lu}/gu) ?? []).length >= 2;

/** The abbreviations in a glossary, longest first; a repeated abbreviation keeps its first expansion. */
export function abbreviationsFromGlossary(terms: AbbrSource[]): Abbreviation[] {
	const seen = new Map<string, Abbreviation>();
	for (const t of terms) {
		if (!isAbbreviation(t.abbr) || seen.has(t.abbr)) continue;
		seen.set(t.abbr, { abbr: t.abbr, title: t.term });
	}
	return [...seen.values()].sort((a, b) => b.abbr.length - a.abbr.length || a.abbr.localeCompare(b.abbr));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const L = '[\\p{L}\\p{N}]';

/** One case-sensitive pattern for all abbreviations, longest first, each a whole word. */
export function abbreviationPattern(abbrs: Abbreviation[]): RegExp | null {
	if (abbrs.length === 0) return null;
	const alts = [...abbrs]
		.sort((a, b) => b.abbr.length - a.abbr.length)
		.map((a) => escape(a.abbr).replace(/ /g, '[\\s\\u00a0]+'));
	return new RegExp(`(?<!${L})(?:${alts.join('|')})(?!${L})`, 'gu');
}

/**
 * Splits `text` into segments, marking the first use of each abbreviation not yet in `seen`
 * (which it updates). Pure apart from `seen`; later uses stay plain text.
 */
export function markAbbreviations(
	text: string,
	abbrs: Abbreviation[],
	seen: Set<string> = new Set(),
	pattern: RegExp | null = abbreviationPattern(abbrs),
): AbbrSegment[] {
	if (!pattern) return [{ text }];
	const byAbbr = new Map(abbrs.map((a) => [a.abbr, a.title]));
	const out: AbbrSegment[] = [];
	let last = 0;
	pattern.lastIndex = 0;
	for (const m of text.matchAll(pattern)) {
		const key = m[0].replace(/[\s\u00a0]+/g, ' ');
		if (seen.has(key)) continue;
		const title = byAbbr.get(key);
		if (!title) continue;
		seen.add(key);
		if (m.index > last) out.push({ text: text.slice(last, m.index) });
		out.push({ text: m[0], title });
		last = m.index + m[0].length;
	}
	if (last < text.length || out.length === 0) out.push({ text: text.slice(last) });
	return out;
}

/** Every <abbr> inside a skipped element counts as a use already marked. */
function collectAbbrs(node: HastNode, seen: Set<string>): void {
	if (node.type === 'element' && node.tagName === 'abbr') seen.add(textOf(node).replace(/[\s\u00a0]+/g, ' '));
	for (const c of node.children ?? []) collectAbbrs(c, seen);
}

/** Marks the first use of each abbreviation in a hast tree, in document order. Mutates the tree. */
export function abbreviateTree(tree: HastNode, abbrs: Abbreviation[]): void {
	const pattern = abbreviationPattern(abbrs);
	if (!pattern) return;
	const seen = new Set<string>();
	const visit = (node: HastNode) => {
		if (!node.children) return;
		const out: HastNode[] = [];
		for (const child of node.children) {
			if (child.type === 'text' && child.value) {
				for (const s of markAbbreviations(child.value, abbrs, seen, pattern))
					out.push(
						s.title
							? {
									type: 'element',
									tagName: 'abbr',
									properties: { title: s.title },
									children: [{ type: 'text', value: s.text }],
								}
							: { type: 'text', value: s.text },
					);
				continue;
			}
			if (child.type === 'element' && NOT_PROSE.has(child.tagName ?? '')) collectAbbrs(child, seen);
			else visit(child);
			out.push(child);
		}
		node.children = out;
	};
	visit(tree);
}

/** The rehype plugin: `[rehypeAbbreviations, { terms }]`, after rehype-glossary-links. */
export function rehypeAbbreviations(options: { terms: AbbrSource[] }) {
	const abbrs = abbreviationsFromGlossary(options.terms);
	return (tree: HastNode) => abbreviateTree(tree, abbrs);
}
