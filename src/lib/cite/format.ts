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

/** The reader's word for the authors' own inference. */
export const INFERENCE_LABEL = 'secinājums';

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
			if (item.kind === 'inference')
				return 'Secinājums: šīs vietnes autoru secinājums, ko avoti tieši nesaka.';
			if (item.kind === 'ext') {
				const ext = EXTERNAL_DOCUMENTS[item.id];
				return ext ? [ext.title, ext.publisher].filter(Boolean).join(' — ') : item.id;
			}
			if (item.kind === 'invalid' || !isSourceCode(item.document)) return readerItemLabel(item);
			const doc = SOURCE_DOCUMENTS[item.document];
			const secs = sectionsOf(item.document, item.section, item.ranges);
			return [`${doc.short}: ${doc.title}`, ...secs.map((s) => `sadaļa „${s.title}”`)].join('; ');
		})
		.join(' · ');
}

/** True when the marker is only the inference marker. */
export function isInference(cite: Citation): boolean {
	return cite.items.length === 1 && cite.items[0].kind === 'inference';
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
export function formatRef(ref: { document: string; lines?: string | number }): { reader: string; trainer: string } {
	const item = refItem(ref);
	return { reader: readerItemLabel(item), trainer: trainerItemLabel(item) };
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
export type SourceListSection = { label: string; title: string; ranges: string[] };
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
	| { kind: 'ext'; id: string; short: string; title: string; publisher: string | null; url: string; read: string | null };

/**
 * The source list of a page, grouped by document in code order (then external sources):
 * each document once, with the sections cited and their line ranges.
 */
export function sourceList(items: CiteItem[]): SourceListEntry[] {
	const docs = new Map<SourceCode, { sections: Map<Section, Set<string>>; other: Set<string> }>();
	const exts = new Set<string>();
	for (const item of items) {
		if (item.kind === 'ext' && EXTERNAL_DOCUMENTS[item.id]) exts.add(item.id);
		if (item.kind !== 'source' || !isSourceCode(item.document)) continue;
		const doc = SOURCE_DOCUMENTS[item.document];
		const entry = docs.get(doc.code) ?? { sections: new Map(), other: new Set<string>() };
		docs.set(doc.code, entry);
		const named = item.section ? findSection(doc, item.section) : undefined;
		const add = (sec: Section | undefined, range?: string) => {
			if (!sec) {
				if (range) entry.other.add(range);
				return;
			}
			const set = entry.sections.get(sec) ?? new Set<string>();
			if (range) set.add(range);
			entry.sections.set(sec, set);
		};
		if (item.ranges.length === 0) add(named);
		for (const r of item.ranges) add(named ?? sectionFor(doc, r.from, r.to), formatRange(r));
	}
	const byStart = (a: string, b: string) => parseInt(a) - parseInt(b);
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
					.sort(([a], [b]) => a.from - b.from)
					.map(([sec, ranges]) => ({ label: sec.label, title: sec.title, ranges: [...ranges].sort(byStart) })),
				otherRanges: [...e.other].sort(byStart),
			};
		});
	for (const id of [...exts].sort()) out.push({ kind: 'ext', ...EXTERNAL_DOCUMENTS[id] });
	return out;
}
