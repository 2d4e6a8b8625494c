/**
 * The one citation syntax, in MDX bodies, frontmatter and YAML text alike:
 *
 *   [@003, 6081–6100]          document and lines (en dash or hyphen; a bare line: [@003, 6081])
 *   [@003 2.3., 6081–6100]     with the section the lines belong to
 *   [@000, 10–15, 218–225]     several ranges of one document
 *   [@000, 10–15; @002, 84–90] several documents in one marker
 *   [@003 2.3.]                a section without lines
 *   [@secinajums]              the authors' inference, rendered „(secinājums)"
 *   [@ext:cssrs-triage]        an external published source (src/lib/cite/documents.ts)
 */

/** An inclusive line range. */
export type LineRange = { from: number; to: number };

/** One item of a citation marker. */
export type CiteItem =
	| { kind: 'source'; document: string; section?: string; ranges: LineRange[] }
	| { kind: 'ext'; id: string }
	| { kind: 'inference' }
	| { kind: 'invalid'; text: string };

/** A citation marker as written, with its items. */
export type Citation = { raw: string; items: CiteItem[] };

/** Text split into plain runs and citations. */
export type CitedPart = { type: 'text'; value: string } | { type: 'cite'; cite: Citation };

/** Matches one marker; the body may not hold brackets. */
export const CITATION_PATTERN = /\[@([^\[\]]+)\]/g;

const RANGE = /^(\d+)(?:\s*[–-]\s*(\d+))?$/;

/** "10–15, 218–225" (or 325, or "9-11") → ranges; null if any part is not a range. */
export function parseRanges(text: string | number): LineRange[] | null {
	const parts = String(text)
		.split(',')
		.map((p) => p.trim());
	const out: LineRange[] = [];
	for (const p of parts) {
		const m = RANGE.exec(p);
		if (!m?.[1]) return null;
		const from = Number(m[1]);
		const to = m[2] ? Number(m[2]) : from;
		out.push({ from, to });
	}
	return out;
}

function parseItem(text: string): CiteItem {
	const t = text.trim().replace(/^@/, '');
	if (t === 'secinajums') return { kind: 'inference' };
	const ext = /^ext:([a-z0-9-]+)$/.exec(t);
	if (ext?.[1]) return { kind: 'ext', id: ext[1] };
	const m = /^(\d{3})(?:\s+([^,]+?))?\s*(?:,\s*(.+))?$/.exec(t);
	if (!m?.[1]) return { kind: 'invalid', text: text.trim() };
	const ranges = m[3] === undefined ? [] : parseRanges(m[3]);
	if (!ranges) return { kind: 'invalid', text: text.trim() };
	return m[2]
		? { kind: 'source', document: m[1], section: m[2], ranges }
		: { kind: 'source', document: m[1], ranges };
}

/** Parses the inside of one marker ("003 2.3., 6081–6100; @002, 84"). */
export function parseCitation(raw: string): Citation {
	const body = raw.replace(/^\[@/, '').replace(/\]$/, '');
	return { raw, items: body.split(';').map(parseItem) };
}

/** Splits text into plain runs and citations, in order. */
export function splitCitations(text: string): CitedPart[] {
	const parts: CitedPart[] = [];
	let last = 0;
	for (const m of text.matchAll(CITATION_PATTERN)) {
		if (m.index > last) parts.push({ type: 'text', value: text.slice(last, m.index) });
		parts.push({ type: 'cite', cite: parseCitation(m[0]) });
		last = m.index + m[0].length;
	}
	if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
	return parts;
}

/** Every citation in a text. */
export function findCitations(text: string): Citation[] {
	return [...text.matchAll(CITATION_PATTERN)].map((m) => parseCitation(m[0]));
}
