import {
	EXTERNAL_DOCUMENTS,
	SOURCE_DOCUMENTS,
	findSection,
	isSourceCode,
	sectionFor,
	type Section,
	type SourceCode,
} from './documents.ts';
import { parseCitation, parseRanges, type CiteItem, type Citation, type LineRange } from './parse.ts';

import { INFERENCE_DETAIL, INFERENCE_LABEL } from './explain.ts';

export { INFERENCE_LABEL };

/** "6081–6100" or "325". */
export function formatRange(r: LineRange): string {
	return r.from === r.to ? String(r.from) : `${r.from}–${r.to}`;
}

/** The sections a source item falls in: the one it names, else the deepest holding each range. */
function sectionsOf(document: SourceCode, section: string | undefined, ranges: LineRange[]): Section[] {
	const doc = SOURCE_DOCUMENTS[document];
	if (section) {
		const named = findSection(doc, section);
		return named ? [named] : [];
	}
	const out: Section[] = [];
	for (const r of ranges) {
		const sec = sectionFor(doc, r.from, r.to);
		if (sec && !out.includes(sec)) out.push(sec);
	}
	return out;
}

/** A section as the reader reads it: "2.3. Pieejas …", "1. ieteikums „Veidojiet uzticību”", „Krīzes dzīvoklis …”. */
export function sectionText(s: Section): string {
	if (/^\d+(\.\d+)*\.$/.test(s.label)) return `${s.label} ${s.title}`;
	if (/\d/.test(s.label)) return `${s.label} „${s.title}”`;
	return `„${s.title}”`;
}

/** Merges overlapping and adjacent ranges: 10–32, 12–13, 33 → 10–33. */
export function mergeRanges(ranges: LineRange[]): LineRange[] {
	const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
	const out: LineRange[] = [];
	for (const r of sorted) {
		const last = out[out.length - 1];
		if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
		else out.push({ ...r });
	}
	return out;
}

/** What a reader sees for one item: "Rokasgrāmata, 2.3.", "LM slaidi, krīzes dzīvoklis", "secinājums". */
export function readerItemLabel(item: CiteItem): string {
	switch (item.kind) {
		case 'inference':
			return INFERENCE_LABEL;
		case 'ext':
			return EXTERNAL_DOCUMENTS[item.id]?.short ?? item.id;
		case 'invalid':
			return item.text;
		case 'source': {
			if (!isSourceCode(item.document)) return item.document;
			const labels = sectionsOf(item.document, item.section, item.ranges).map((s) => s.label);
			return [SOURCE_DOCUMENTS[item.document].short, labels.join('; ')].filter(Boolean).join(', ');
		}
	}
}

/** The reader's marker text without parentheses: "Rokasgrāmata, 2.3.; LM slaidi, krīzes dzīvoklis". */
export function readerLabel(cite: Citation): string {
	return cite.items.map(readerItemLabel).join('; ');
}

/** The longer text a tapped marker shows: document title and section title(s). */
export function readerDetail(cite: Citation): string {
	return cite.items
		.map((item) => {
			if (item.kind === 'inference') return INFERENCE_DETAIL;
			if (item.kind === 'ext') {
				const ext = EXTERNAL_DOCUMENTS[item.id];
				return ext ? [ext.title, ext.publisher].filter(Boolean).join(' — ') : item.id;
			}
			if (item.kind === 'invalid' || !isSourceCode(item.document)) return readerItemLabel(item);
			const doc = SOURCE_DOCUMENTS[item.document];
			const secs = sectionsOf(item.document, item.section, item.ranges);
			const title = doc.year ? `${doc.title} (${doc.year})` : doc.title;
			return secs.length ? `${title} — ${secs.map(sectionText).join('; ')}` : title;
		})
		.join(' · ');
}

/** True when the marker is only the inference marker. */
export function isInference(cite: Citation): boolean {
	return cite.items.length === 1 && cite.items[0]?.kind === 'inference';
}

/** What a trainer sees for one item: "Rokasgrāmata (003), 2.3., rindas 6081–6100". */
export function trainerItemLabel(item: CiteItem): string {
	if (item.kind !== 'source' || !isSourceCode(item.document)) return readerItemLabel(item);
	const doc = SOURCE_DOCUMENTS[item.document];
	const labels = sectionsOf(item.document, item.section, item.ranges).map((s) => s.label);
	const lines = item.ranges.length ? `rindas ${item.ranges.map(formatRange).join(', ')}` : '';
	return [`${doc.short} (${doc.code})`, labels.join('; '), lines].filter(Boolean).join(', ');
}

/** The trainer's label for a whole marker. */
export function trainerLabel(cite: Citation): string {
	return cite.items.map(trainerItemLabel).join('; ');
}

/** A structured reference ({ document, lines }, as in YAML `source:` fields) as a citation item. */
export function refItem(ref: { document: string; lines?: string | number; section?: string }): CiteItem {
	const ranges = ref.lines === undefined ? [] : (parseRanges(ref.lines) ?? []);
	return { kind: 'source', document: ref.document, ranges };
}

/**
 * The labels for a structured reference, for the directory and other YAML `source:` fields:
 * `reader` "Rokasgrāmata, 3.5."; `trainer` "Rokasgrāmata (003), 3.5., rindas 9725–9800".
 */
export function formatRef(ref: { document: string; lines?: string | number }): {
	reader: string;
	trainer: string;
} {
	const item = refItem(ref);
	return { reader: readerItemLabel(item), trainer: trainerItemLabel(item) };
}

/** A structured reference with its note as one cited text: "[@000, 218–225] — note". */
export function refCitation(ref: { document: string; lines?: string | number; note?: string }): string {
	const cite = ref.lines === undefined ? `[@${ref.document}]` : `[@${ref.document}, ${ref.lines}]`;
	return ref.note ? `${cite} — ${ref.note}` : cite;
}

/** Removes every marker from a text (for search snippets and plain-text copies). */
export function stripCitations(text: string): string {
	return text
		.replace(/\s*\[@[^\[\]]+\]/g, '')
		.replace(/ +([.,;:!?])/g, '$1')
		.trim();
}

/** Replaces every marker with its reader text: "… (Rokasgrāmata, 2.3.)". For plain-text contexts. */
export function toReaderText(text: string): string {
	return text.replace(/\[@[^\[\]]+\]/g, (raw) => `(${readerLabel(parseCitation(raw))})`);
}

/** Replaces every marker with its trainer text: "… (Rokasgrāmata (003), 2.3., rindas 1–2)". */
export function toTrainerText(text: string): string {
	return text.replace(/\[@[^\[\]]+\]/g, (raw) => `(${trainerLabel(parseCitation(raw))})`);
}

/** One section line of a source-list entry: its title and the cited ranges in it. */
export type SourceListSection = { label: string; title: string; text: string; ranges: string[] };
/** One document of a page's source list. */
export type SourceListEntry =
	| {
			kind: 'source';
			code: SourceCode;
			short: string;
			title: string;
			publisher: string | null;
			year: string | null;
			sections: SourceListSection[];
			/** Cited ranges outside any known section. */
			otherRanges: string[];
	  }
	| {
			kind: 'ext';
			id: string;
			short: string;
			title: string;
			publisher: string | null;
			url: string;
			read: string | null;
	  };

/**
 * The source list of a page, grouped by document in code order (then external sources):
 * each document once, with the sections cited and their line ranges.
 */
export function sourceList(items: CiteItem[]): SourceListEntry[] {
	const docs = new Map<SourceCode, { sections: Map<Section, LineRange[]>; other: LineRange[] }>();
	const exts = new Set<string>();
	for (const item of items) {
		if (item.kind === 'ext' && EXTERNAL_DOCUMENTS[item.id]) exts.add(item.id);
		if (item.kind !== 'source' || !isSourceCode(item.document)) continue;
		const doc = SOURCE_DOCUMENTS[item.document];
		const entry = docs.get(doc.code) ?? { sections: new Map<Section, LineRange[]>(), other: [] };
		docs.set(doc.code, entry);
		const named = item.section ? findSection(doc, item.section) : undefined;
		const add = (sec: Section | undefined, range?: LineRange) => {
			if (!sec) {
				if (range) entry.other.push(range);
				return;
			}
			const list = entry.sections.get(sec) ?? [];
			if (range) list.push(range);
			entry.sections.set(sec, list);
		};
		if (item.ranges.length === 0) add(named);
		for (const r of item.ranges) add(named ?? sectionFor(doc, r.from, r.to), r);
	}
	const out: SourceListEntry[] = [...docs.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, e]) => {
			const doc = SOURCE_DOCUMENTS[code];
			return {
				kind: 'source' as const,
				code,
				short: doc.short,
				title: doc.title,
				publisher: doc.publisher,
				year: doc.year,
				sections: [...e.sections.entries()]
					.sort(([a], [b]) => a.from - b.from || b.to - a.to)
					.map(([sec, ranges]) => ({
						label: sec.label,
						title: sec.title,
						text: sectionText(sec),
						ranges: mergeRanges(ranges).map(formatRange),
					})),
				otherRanges: mergeRanges(e.other).map(formatRange),
			};
		});
	for (const id of [...exts].sort()) {
		const ext = EXTERNAL_DOCUMENTS[id];
		if (ext) out.push({ kind: 'ext', ...ext });
	}
	return out;
}
