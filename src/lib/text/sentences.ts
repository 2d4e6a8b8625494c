/**
 * The first sentence of a text: up to a full stop, "!", "?" or "…" (with any closing quote or
 * bracket) that is followed by a space and a capital letter, an opening quote or a bracket. A
 * number's stop ("28. rinda") or an abbreviation followed by a small letter does not end it, and
 * nothing inside square brackets does (a citation such as `[@004, 28]`, raw or resolved for an
 * island, stays whole with the sentence it ends).
 */
export function firstSentence(text: string): string {
	return sentences(text)[0] ?? '';
}

/** A text split into sentences by the rule of `firstSentence`, whitespace collapsed. */
export function sentences(text: string): string[] {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (!flat) return [];
	// Square-bracketed spans are set aside (private-use placeholders) so no split falls inside them.
	const held: string[] = [];
	const masked = flat.replace(/\[[^\]]*\]/g, (m) => `\uE000${held.push(m) - 1}\uE001`);
	return masked
		.split(/(?<=[.!?…]["”»)]?)\s+(?=[\p{Lu}„"«(\uE000])/u)
		.map((s) => s.replace(/\uE000(\d+)\uE001/g, (_, i: string) => held[Number(i)]!).trim())
		.filter(Boolean);
}

/** How many words a text has (runs of letters or digits; a bracketed citation counts as none). */
export function wordCount(text: string): number {
	return (text.replace(/\[[^\]]*\]/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * A heading or list item as a sentence in a run of text: a full stop is added unless it already
 * ends with a stop, "!", "?", "…" or a colon (before any closing quote or bracket).
 */
export function asSentence(heading: string): string {
	const h = heading.trim();
	return /[.!?…:]["”»)]?$/.test(h) ? h : `${h}.`;
}
