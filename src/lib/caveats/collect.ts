import { CITATION_PATTERN } from '../cite/parse.ts';
/**
 * Currency caveats: every legal rule, amount, time limit or number of sessions that a lesson
 * quotes from a dated source is wrapped in `<Caveat>…</Caveat>` (MDX). The build collects them
 * onto one editors' page („Jāpārbauda spēkā esošā redakcija”) so they can be checked against
 * current law in one sitting. Pure: no Astro, no DOM.
 */

/** One marked fact, as written in the lesson (citations still in `[@…]` form). */
export type CaveatFact = {
	/** The fact's text inside the tag, whitespace collapsed. */
	text: string;
	/** The optional `note` attribute: what is known to have changed, or what to check. */
	note?: string;
	/** The citation markers found in the text, e.g. ['[@003, 14011–14013]']. */
	citations: string[];
	/** 1-based line of the opening tag in the file. */
	line: number;
};

const TAG = /<Caveat(\s[^>]*)?>([\s\S]*?)<\/Caveat>/g;
const CITE = new RegExp(CITATION_PATTERN.source, 'g');
const NOTE = /\snote=(?:"([^"]*)"|'([^']*)')/;

/** Every `<Caveat>` in an MDX body, in order. */
export function collectCaveats(body: string): CaveatFact[] {
	const out: CaveatFact[] = [];
	for (const m of body.matchAll(TAG)) {
		const text = m[2]!.replace(/\s+/g, ' ').trim();
		const n = NOTE.exec(m[1] ?? '');
		const note = n ? (n[1] ?? n[2]) : undefined;
		out.push({
			text,
			...(note ? { note } : {}),
			citations: text.match(CITE) ?? [],
			line: body.slice(0, m.index).split('\n').length,
		});
	}
	return out;
}

/**
 * Build problems for one file: a caveat must name its dated source (a citation of a source
 * document, not only „(secinājums)”) and must not be empty. Messages name the file and line.
 */
export function caveatProblems(file: string, body: string): string[] {
	const problems: string[] = [];
	for (const c of collectCaveats(body)) {
		if (!c.text) problems.push(`${file}:${c.line}: <Caveat> ir tukšs — ietveriet tajā pārbaudāmo faktu.`);
		else if (!c.citations.some((x) => !/^\[@secinajums\]$/.test(x)))
			problems.push(
				`${file}:${c.line}: <Caveat> „${c.text.slice(0, 60)}” nenorāda datēto avotu — pievienojiet atsauci, piemēram, [@003, 14011–14013].`,
			);
	}
	const opens = (body.match(/<Caveat[\s>]/g) ?? []).length;
	const closes = (body.match(/<\/Caveat>/g) ?? []).length;
	if (opens !== closes) problems.push(`${file}: <Caveat> atvērts ${opens}, aizvērts ${closes} reizes.`);
	return problems;
}

/** One row of the editors' page. */
export type CaveatRow = CaveatFact & { lessonId: string; lessonTitle: string; href: string };

/** All marked facts of a set of lessons, in the given lesson order; throws on any problem. */
export function caveatRows(
	lessons: { id: string; title: string; href: string; file: string; body: string }[],
): CaveatRow[] {
	const problems = lessons.flatMap((l) => caveatProblems(l.file, l.body));
	if (problems.length) throw new Error(`Pārbaudāmo faktu atzīmes:\n${problems.join('\n')}`);
	return lessons.flatMap((l) =>
		collectCaveats(l.body).map((c) => ({ ...c, lessonId: l.id, lessonTitle: l.title, href: l.href })),
	);
}
