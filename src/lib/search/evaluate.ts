// Scores a search engine against the practitioner query set (tests/search/queries.json):
// hit@1, hit@3 and mean reciprocal rank, per area and per part (tuned / held-out).

/** One query of tests/search/queries.json. */
export type PracticeQuery = {
	query: string;
	/** Result URLs any of which is a hit; without '#', any result on that page is a hit. */
	expected: string[];
	area: string;
	mustFind: boolean;
	/** Must be the first result. */
	first?: boolean;
	heldOut: boolean;
	from?: string;
};

/** Whether a result URL satisfies one expected URL. */
export function isHit(expected: string, url: string): boolean {
	return expected.includes('#') ? url === expected : url.split('#')[0] === expected;
}

/** 1-based rank of the first hit among the result URLs, or 0 when none is a hit. */
export function rankOf(q: Pick<PracticeQuery, 'expected'>, urls: readonly string[]): number {
	const i = urls.findIndex((u) => q.expected.some((e) => isHit(e, u)));
	return i + 1;
}

/** Figures for one group of queries. */
export type Score = { n: number; hit1: number; hit3: number; mrr: number };

/** hit@1, hit@3 (shares 0–1) and MRR of a list of ranks (0 = not found). */
export function score(ranks: readonly number[]): Score {
	const n = ranks.length;
	const share = (f: (r: number) => boolean) => (n ? ranks.filter(f).length / n : 0);
	return {
		n,
		hit1: share((r) => r === 1),
		hit3: share((r) => r >= 1 && r <= 3),
		mrr: n ? ranks.reduce((s, r) => s + (r ? 1 / r : 0), 0) / n : 0,
	};
}

/** One row of the report: an area (or 'kopā') in one part. */
export type ScoreRow = Score & { part: 'tuned' | 'held-out'; area: string };

/** Scores per area and overall, for the tuned and the held-out part. */
export function evaluate(
	queries: readonly PracticeQuery[],
	search: (query: string) => readonly string[],
): { rows: ScoreRow[]; ranks: Map<PracticeQuery, number> } {
	const ranks = new Map(queries.map((q) => [q, rankOf(q, search(q.query))] as const));
	const rows: ScoreRow[] = [];
	for (const part of ['tuned', 'held-out'] as const) {
		const inPart = queries.filter((q) => q.heldOut === (part === 'held-out'));
		const areas = [...new Set(inPart.map((q) => q.area))].sort();
		for (const area of [...areas, 'kopā']) {
			const group = area === 'kopā' ? inPart : inPart.filter((q) => q.area === area);
			rows.push({ part, area, ...score(group.map((q) => ranks.get(q) ?? 0)) });
		}
	}
	return { rows, ranks };
}
