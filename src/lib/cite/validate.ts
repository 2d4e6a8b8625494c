import {
	EXTERNAL_DOCUMENTS,
	SOURCE_CODES,
	SOURCE_DOCUMENTS,
	findSection,
	isSourceCode,
} from './documents.ts';
import { findCitations, parseRanges, type CiteItem, type LineRange } from './parse.ts';
import { formatRange } from './format.ts';

const SYNTAX = '[@003, 10–20], [@003 2.3., 10–20], [@secinajums] vai [@ext:<id>]';

/** The old inline form "(000, 10.–11. rinda)" that the citation module replaced. */
const LEGACY =
	/\(\s*(?:\d\.\s*ieteikums;\s*)?00[0-4]\s*[,;)][^()]*\)?|\(\s*\d+\.(?:\s*[–-]\s*\d+\.)?\s*rinda\)/;

function checkItem(raw: string, item: CiteItem): string[] {
	const at = `atsauce "${raw}"`;
	switch (item.kind) {
		case 'inference':
			return [];
		case 'invalid':
			return [`${at} nav saprotama („${item.text}”): gaidīts ${SYNTAX}.`];
		case 'ext':
			return EXTERNAL_DOCUMENTS[item.id]
				? []
				: [
						`${at} norāda uz nezināmu ārējo avotu "ext:${item.id}". Pievienojiet to src/lib/cite/documents.ts.`,
					];
		case 'source': {
			if (!isSourceCode(item.document))
				return [
					`${at} norāda uz nezināmu dokumentu "${item.document}". Zināmie: ${SOURCE_CODES.join(', ')}.`,
				];
			const doc = SOURCE_DOCUMENTS[item.document];
			const problems: string[] = [];
			for (const r of item.ranges)
				if (r.from < 1 || r.to > doc.lines || r.from > r.to)
					problems.push(
						`${at}: rindas ${formatRange(r)} ir ārpus dokumenta ${doc.code} (tajā ir ${doc.lines} rindas).`,
					);
			if (item.section) {
				const sec = findSection(doc, item.section);
				if (!sec) problems.push(`${at}: dokumentā ${doc.code} nav sadaļas "${item.section}".`);
				else
					for (const r of item.ranges)
						if (r.from < sec.from || r.to > sec.to)
							problems.push(
								`${at}: rindas ${formatRange(r)} nav sadaļā ${sec.label} (${doc.code}, rindas ${sec.from}–${sec.to}).`,
							);
			}
			return problems;
		}
	}
}

/** Every problem with the citations of one text: unknown documents, lines out of range, old forms. */
export function citationProblems(text: string): string[] {
	const problems = findCitations(text).flatMap((c) => c.items.flatMap((item) => checkItem(c.raw, item)));
	const legacy = LEGACY.exec(text);
	if (legacy)
		problems.push(
			`vecā formā rakstīta atsauce "${legacy[0]}": rakstiet ${SYNTAX} (skatiet src/lib/cite/parse.ts).`,
		);
	return problems;
}

/** Problems with a structured `{ document, lines }` reference (YAML `source:` fields). */
export function refProblems(ref: { document: string; lines?: string | number }): string[] {
	const raw = `${ref.document}${ref.lines === undefined ? '' : `, ${ref.lines}`}`;
	if (ref.lines === undefined) return checkItem(raw, { kind: 'source', document: ref.document, ranges: [] });
	const ranges: LineRange[] | null = parseRanges(ref.lines);
	if (!ranges)
		return [`atsauce "${raw}": rindas "${ref.lines}" nav saprotamas: gaidīts "10–20" vai "10–20, 30".`];
	return checkItem(raw, { kind: 'source', document: ref.document, ranges });
}

/** Throws one error naming the file, if any citation in the text is wrong (for MDX bodies). */
export function assertCitations(text: string, file: string): void {
	const problems = citationProblems(text);
	if (problems.length) throw new Error(problems.map((p) => `${file} → ${p}`).join('\n'));
}
