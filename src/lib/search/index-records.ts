// Types of the search index and the pure builders that turn content into it. The index is built
// at build time (src/pages/search/[file].json.ts) and fetched only as searches need it.

import { normalizeText } from './normalize.ts';
import { SYNONYMS, type SynonymGroup } from './synonyms.ts';
import { slugifyHeading } from './slug.ts';

export { slugifyHeading };

/** One searchable unit: a lesson section, glossary term, tool, resource or scenario. */
export type SearchRecord = {
	/** Unique id, e.g. 'vardarbiba/drosibas-plans#kas-ir-plana'. */
	id: string;
	/** What kind of page the result opens. */
	kind: 'lesson' | 'glossary' | 'tool' | 'resource' | 'scenario';
	/** Where the result links to, possibly with '#anchor'. */
	url: string;
	/** Title of the page the record belongs to. */
	page: string;
	/** Section heading within the page, if the record is a section. */
	heading?: string | undefined;
	/** Plain text shown in snippets. */
	text: string;
	/** Extra search words that are not shown (abbreviations, topics). */
	keywords?: string[] | undefined;
};

/** A record with its normalised search fields, from which the index is built. */
export type IndexedRecord = SearchRecord & {
	/** Normalised page, heading, keywords and text: distinct stems plus synonym keys. */
	n: string;
	/** Normalised page and heading only; matches here rank higher. */
	nt: string;
};

/** A piece of a snippet; `mark` pieces are the matched words. */
export type SnippetPart = { text: string; mark: boolean };

/** One search hit: the record, its fuse.js score (0 is best) and a highlighted snippet. */
export type SearchResult = { record: SearchRecord; score: number; snippet: SnippetPart[] };

/** One part of a page split at its headings. */
export type MarkdownSection = { heading: string; anchor: string; text: string };

// Distinct stems only: the fuzzy matcher scans the whole field, so repeats cost time and bytes
// without changing whether a term matches.
function distinct(normalized: string): string {
	return [...new Set(normalized.split(' ').filter(Boolean))].join(' ');
}

/** Adds the normalised fields `n` and `nt` to each record. */
export function toIndexed(
	records: readonly SearchRecord[],
	synonyms: readonly SynonymGroup[] = SYNONYMS,
): IndexedRecord[] {
	return records.map((r) => {
		const title = [r.page, r.heading ?? ''].join('\n');
		return {
			...r,
			n: distinct(normalizeText([title, ...(r.keywords ?? []), r.text].join('\n'), synonyms)),
			nt: distinct(normalizeText(title, synonyms)),
		};
	});
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// JSX/HTML tag with simple attributes ("x", 'x' or {x}); a `title` attribute is visible text
// (a Situation or Callout heading), so its value is kept.
const TAG = /<\/?[A-Za-z][\w.:-]*((?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*\/?>/g;
const TITLE_ATTR = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Markdown/MDX inline syntax to plain text (links keep their text, emphasis and code lose marks). */
function stripInline(text: string): string {
	return text
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[\^[^\]]*\]/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
		.replace(/<(https?:[^>\s]+)>/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
		.replace(/(^|[^\p{L}\p{N}])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
		.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
		.replace(/&(nbsp|amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * One block of Markdown/MDX to a single line of plain text. In a heading (`heading: true`) a
 * leading "3." is text, not a list marker: the page keeps it, and so must the anchor.
 */
function toPlainText(block: string, heading = false): string {
	const withoutTags = block
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(TAG, (_, attrs: string) => {
			const m = TITLE_ATTR.exec(attrs ?? '');
			return m ? `\n${m[1] ?? m[2] ?? ''}\n` : '\n';
		})
		.replace(/\{[^{}]*\}/g, ' ');
	const lines = withoutTags.split('\n').map((line) =>
		TABLE_RULE.test(line)
			? ''
			: line
					.replace(/^\s*(?:>\s?)+/, '')
					.replace(/^\s*#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1')
					.replace(heading ? /^\s+/ : /^\s*(?:[-*+]|\d+[.)])\s+/, '')
					.replace(/(?<!\\)\|/g, ' '),
	);
	return stripInline(lines.join('\n')).replace(/\s+/g, ' ').trim();
}

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Splits an MDX body at its `##`/`###` headings into plain-text sections. The first section is
 * the text before the first heading (heading and anchor ''), even when empty.
 * @example splitMarkdownAtHeadings('Ievads\n## Kāpēc?\nTeksts', slugifyHeading)
 * // [{ heading: '', anchor: '', text: 'Ievads' }, { heading: 'Kāpēc?', anchor: 'kapec', text: 'Teksts' }]
 */
export function splitMarkdownAtHeadings(
	markdown: string,
	slugify: (text: string) => string,
): MarkdownSection[] {
	const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	const sections: { heading: string; anchor: string; lines: string[] }[] = [
		{ heading: '', anchor: '', lines: [] },
	];
	let fence: string | null = null;
	let skipUntilBrace = false;
	for (const line of body.split(/\r?\n/)) {
		const current = sections[sections.length - 1] as (typeof sections)[number];
		const f = FENCE.exec(line)?.[1];
		if (fence || f) {
			if (f && (!fence || f === fence)) fence = fence ? null : f;
			else current.lines.push(line);
			continue;
		}
		if (skipUntilBrace) {
			skipUntilBrace = !line.includes('}');
			continue;
		}
		if (/^(import|export)\s/.test(line)) {
			skipUntilBrace = line.includes('{') && !line.includes('}');
			continue;
		}
		const h = HEADING.exec(line);
		const level = h?.[1]?.length ?? 0;
		if (!h || level < 2) {
			current.lines.push(line);
			continue;
		}
		const heading = toPlainText(h[2] ?? '', true);
		// Every h2–h6 advances the slugger (the page numbers repeats across all of them), but only
		// h2 and h3 start a new section.
		const anchor = slugify(heading);
		if (level <= 3) sections.push({ heading, anchor, lines: [] });
		else current.lines.push(heading);
	}
	return sections.map((s) => ({
		heading: s.heading,
		anchor: s.anchor,
		text: toPlainText(s.lines.join('\n')),
	}));
}
