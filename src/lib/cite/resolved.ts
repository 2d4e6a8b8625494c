/**
 * Citations resolved on the server for islands. An island must not ship the document table, so
 * the page replaces each [@…] with `[@@label|detail|kind|trainer label]` (encodeMarkers in
 * marker.ts) and the island's CitedText only splits that form. Reader and trainer views get the
 * same text (so a facilitator and its projector agree on the scenario's content hash) and each
 * picks its label. This module imports nothing.
 */

/** One run of resolved text. */
export type ResolvedPart =
	| { type: 'text'; value: string }
	| { type: 'marker'; label: string; detail: string; kind: 'source' | 'inference'; trainer: string };

const RESOLVED = /\[@@([^|\]]*)\|([^|\]]*)\|(source|inference)\|([^|\]]*)\]/g;

/** Makes a label or detail safe inside the resolved form. */
export const escapeResolved = (s: string) => s.replace(/[|\]]/g, (c) => (c === '|' ? '¦' : ')'));

/** Splits resolved text into plain runs and markers. */
export function splitResolved(text: string): ResolvedPart[] {
	const parts: ResolvedPart[] = [];
	let last = 0;
	for (const m of text.matchAll(RESOLVED)) {
		if (m.index > last) parts.push({ type: 'text', value: text.slice(last, m.index) });
		parts.push({
			type: 'marker',
			label: m[1] ?? '',
			detail: m[2] ?? '',
			kind: m[3] as 'source' | 'inference',
			trainer: m[4] ?? '',
		});
		last = m.index + m[0].length;
	}
	if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
	return parts;
}

/** Resolved text as plain reading text, markers as their labels (copy, print summaries). */
export function resolvedToPlain(text: string): string {
	return splitResolved(text)
		.map((p) => (p.type === 'text' ? p.value : p.label))
		.join('');
}

/** Resolved text without its markers (for a form control's label or an option; the markers go beside it). */
export function resolvedWithoutMarkers(text: string): string {
	return splitResolved(text)
		.map((p) => (p.type === 'text' ? p.value : ''))
		.join('')
		.replace(/ +([.,;:!?])/g, '$1')
		.trimEnd();
}
