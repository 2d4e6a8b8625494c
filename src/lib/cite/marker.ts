import { isInference, readerDetail, readerLabel, trainerLabel } from './format.ts';
import { INFERENCE_LABEL } from './explain.ts';
import { escapeResolved } from './resolved.ts';
import { splitCitations, type Citation } from './parse.ts';

/** What one reader marker shows: the label in the text and what a tap or focus reveals. */
export type MarkerModel = {
	inference: boolean;
	/** "(Rokasgrāmata, 2.3.)" or "(secinājums)". */
	label: string;
	/** The document and section, or what "secinājums" means. */
	detail: string;
};

export { INFERENCE_EXPLAINED } from './explain.ts';

/** The reader's marker for one citation. */
export function markerModel(cite: Citation): MarkerModel {
	const inference = isInference(cite);
	return {
		inference,
		label: `(${inference ? INFERENCE_LABEL : readerLabel(cite)})`,
		detail: readerDetail(cite),
	};
}

/** Text split into plain runs and markers, for the Astro and Preact renderers. */
export type MarkedPart =
	{ type: 'text'; value: string } | { type: 'marker'; marker: MarkerModel; cite: Citation };

/** Splits text into runs and reader markers; a marker's leading space stays in the text. */
export function markText(text: string): MarkedPart[] {
	return splitCitations(text).map((p) =>
		p.type === 'text' ? p : { type: 'marker', marker: markerModel(p.cite), cite: p.cite },
	);
}

/**
 * Replaces each [@…] in a text with its resolved form for an island (see resolved.ts): the
 * reader's marker, what a tap shows, and the trainer's label with line ranges.
 */
export function encodeMarkers(text: string): string {
	return splitCitations(text)
		.map((p) => {
			if (p.type === 'text') return p.value;
			const m = markerModel(p.cite);
			const trainer = m.inference ? m.label : `(${trainerLabel(p.cite)})`;
			const kind = m.inference ? 'inference' : 'source';
			return `[@@${escapeResolved(m.label)}|${escapeResolved(m.detail)}|${kind}|${escapeResolved(trainer)}]`;
		})
		.join('');
}

/** Every string in a value (object, array) with its citations resolved for an island. */
export function encodeDeep<T>(value: T): T {
	if (typeof value === 'string') return (value.includes('[@') ? encodeMarkers(value) : value) as T;
	if (Array.isArray(value)) return value.map((v) => encodeDeep(v)) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeDeep(v)])) as T;
	return value;
}
