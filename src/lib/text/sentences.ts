/**
 * The first sentence of a text: up to a full stop, "!", "?" or "…" (with any closing quote or
 * bracket) that is followed by a space and a capital letter, an opening quote or a bracket. A
 * number's stop ("28. rinda") or an abbreviation followed by a small letter does not end it.
 */
export function firstSentence(text: string): string {
	return sentences(text)[0] ?? '';
}

/** A text split into sentences by the rule of `firstSentence`, whitespace collapsed. */
export function sentences(text: string): string[] {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (!flat) return [];
	return flat
		.split(/(?<=[.!?…]["”»)]?)\s+(?=[\p{Lu}„"«(])/u)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** How many words a text has (runs of letters or digits). */
export function wordCount(text: string): number {
	return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
