// Matches are found in fold(text) and cut out of the original text at the same positions; this
// works because fold maps every code unit to exactly one. fuse.js tracks one best position per
// field, so highlighting every hit is done here, as its maintainer suggests (krisk/Fuse#792).

import { fold } from './fold.ts';
import { keepLast } from '../cache/keep-last.ts';
import type { SnippetPart } from './index-records.ts';
import { expandTerm } from './normalize.ts';
import { SYNONYMS, type SynonymGroup } from './synonyms.ts';
import { stemFolded } from './stemmer-lv.ts';

export type { SnippetPart } from './index-records.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
	return i >= 0 && i < text.length && WORD_CHAR.test(text.charAt(i));
}

/**
 * Start positions of the words in `folded` that `stem` stands for. Stems are prefixes, so 'dien'
 * (dienas) also starts 'dienestā'; words whose own stem is `stem` win, and the prefix rule is
 * the fallback. A number only matches the whole number ('3' is not '333').
 */
function hitsOf(folded: string, stem: string): number[] {
	const starts: number[] = [];
	for (let p = folded.indexOf(stem); p >= 0; p = folded.indexOf(stem, p + 1))
		if (!isWordChar(folded, p - 1)) starts.push(p);
	const exact = starts.filter((p) => stemFolded(folded.slice(p, wordEnd(folded, p))) === stem);
	return exact.length || /^\p{N}+$/u.test(stem) ? exact : starts;
}

/** The hit with the most distinct stems within `radius` after it (earliest on a tie). */
function bestAnchor(hits: readonly { at: number; stem: string }[], radius: number): number {
	let best = hits[0]?.at ?? 0;
	let bestCount = 0;
	for (const h of hits) {
		const count = new Set(hits.filter((o) => o.at >= h.at && o.at <= h.at + radius).map((o) => o.stem)).size;
		if (count > bestCount) [best, bestCount] = [h.at, count];
	}
	return best;
}

function wordEnd(text: string, i: number): number {
	while (isWordChar(text, i)) i++;
	return i;
}

/** A text's NFC form and its folding, kept for the last texts: typing a query shows the same records again. */
const prepared = keepLast(64, (text: string): [string, string] => {
	const src = text.normalize('NFC');
	return [src, fold(src)];
});

/**
 * Cuts a window of about `radius` characters either side of the match where most query stems
 * meet, at word boundaries with '…', and marks every matching word in it.
 * @example makeSnippet('Pašnāvības risks', ['pasnavib']) // [{ text: 'Pašnāvības', mark: true }, { text: ' risks', mark: false }]
 */
export function makeSnippet(
	text: string,
	queryTokens: readonly string[],
	radius = 80,
	synonyms: readonly SynonymGroup[] = SYNONYMS,
): SnippetPart[] {
	const [src, folded] = prepared(text);
	const stems = [...new Set(queryTokens.flatMap((t) => expandTerm(t, synonyms)))].filter(Boolean);
	const found = stems
		.flatMap((stem) => hitsOf(folded, stem).map((at) => ({ at, stem })))
		.sort((a, b) => a.at - b.at);
	const hits = found.map((h) => h.at);
	const first = bestAnchor(found, radius);

	let start = Math.max(0, first - radius);
	if (start > 0) {
		const space = src.slice(start, first).search(/\s/);
		start = space >= 0 ? start + space : first;
	}
	let end = Math.min(src.length, start + 2 * radius);
	if (end < src.length) {
		const space = src.slice(wordEnd(src, first), end).search(/\s\S*$/);
		end = space >= 0 ? wordEnd(src, first) + space : wordEnd(src, first);
	}

	const spans: [number, number][] = [];
	for (const h of hits) {
		const e = wordEnd(folded, h);
		if (h < start || e > end) continue;
		const last = spans[spans.length - 1];
		if (last && h <= last[1]) last[1] = Math.max(last[1], e);
		else spans.push([h, e]);
	}

	const parts: SnippetPart[] = [];
	const plain = (from: number, to: number) => {
		if (to > from) parts.push({ text: src.slice(from, to), mark: false });
	};
	let at = start;
	for (const [s, e] of spans) {
		plain(at, s);
		parts.push({ text: src.slice(s, e), mark: true });
		at = e;
	}
	plain(at, end);
	const head = parts[0];
	if (start > 0) {
		if (head && !head.mark) head.text = `…${head.text.trimStart()}`;
		else parts.unshift({ text: '…', mark: false });
	}
	const tail = parts[parts.length - 1];
	if (end < src.length) {
		if (tail && !tail.mark) tail.text = `${tail.text.trimEnd()}…`;
		else parts.push({ text: '…', mark: false });
	}
	return parts;
}
