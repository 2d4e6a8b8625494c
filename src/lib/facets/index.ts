/**
 * Faceted filtering shared by the resource finder and the scenario list: each facet maps an item
 * to the values it has; values chosen within a facet combine with OR (mode 'any') or AND
 * (mode 'all'), facets combine with AND. Counts follow the usual faceted-search rule: a value's
 * count is how many items would match if it were added, given the other facets' choices.
 * The selection round-trips through a URL query (`?veids=a,b&grupa=c`).
 */

/** One facet: its key, the URL parameter it is kept in, and how an item maps to values. */
export type Facet<T> = {
	key: string;
	/** URL query parameter, e.g. 'veids'. */
	param: string;
	/** The values an item has for this facet (none, one or many). */
	values: (item: T) => readonly string[];
	/** 'any' (default): an item matches if it has one of the chosen values; 'all': every one. */
	mode?: 'any' | 'all';
};

/** Chosen values per facet key; a missing or empty list means "no filter". */
export type Selection = Record<string, readonly string[]>;

function matchesFacet<T>(item: T, facet: Facet<T>, chosen: readonly string[] | undefined): boolean {
	if (!chosen || chosen.length === 0) return true;
	const have = facet.values(item);
	return facet.mode === 'all' ? chosen.every((v) => have.includes(v)) : chosen.some((v) => have.includes(v));
}

/** Items that match every facet of the selection, in their original order. */
export function applyFacets<T>(items: readonly T[], facets: readonly Facet<T>[], sel: Selection): T[] {
	return items.filter((i) => facets.every((f) => matchesFacet(i, f, sel[f.key])));
}

/**
 * For each facet and each value, how many items would match if that value were (also) chosen,
 * keeping the other facets' choices. A chosen value's count is the current number of matches
 * for 'all' facets, and for 'any' facets the items having that value among the others' matches.
 */
export function facetCounts<T>(
	items: readonly T[],
	facets: readonly Facet<T>[],
	sel: Selection,
): Record<string, Record<string, number>> {
	const out: Record<string, Record<string, number>> = {};
	for (const f of facets) {
		const others = facets.filter((o) => o !== f);
		const base = items.filter((i) => others.every((o) => matchesFacet(i, o, sel[o.key])));
		const pool = f.mode === 'all' ? base.filter((i) => matchesFacet(i, f, sel[f.key])) : base;
		const counts: Record<string, number> = {};
		for (const i of pool) for (const v of new Set(f.values(i))) counts[v] = (counts[v] ?? 0) + 1;
		out[f.key] = counts;
	}
	return out;
}

/** Reads a selection from a URL query; unknown values are dropped when `known` lists the valid ones. */
export function selectionFromQuery<T>(
	query: string | URLSearchParams,
	facets: readonly Facet<T>[],
	known?: Record<string, readonly string[]>,
): Selection {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const sel: Record<string, string[]> = {};
	for (const f of facets) {
		const raw = params.getAll(f.param).flatMap((v) => v.split(','));
		const vals = [...new Set(raw.map((v) => v.trim()).filter(Boolean))].filter(
			(v) => !known?.[f.key] || known[f.key]!.includes(v),
		);
		if (vals.length) sel[f.key] = vals;
	}
	return sel;
}

/**
 * Writes a selection (and extra plain parameters such as a search text) as a URL query,
 * facets in their declared order, values comma-separated; '' when nothing is chosen.
 * @example selectionToQuery({ kind: ['a', 'b'] }, facets) // '?veids=a,b'
 */
export function selectionToQuery<T>(
	sel: Selection,
	facets: readonly Facet<T>[],
	extra: Record<string, string> = {},
): string {
	const parts: string[] = [];
	for (const [k, v] of Object.entries(extra))
		if (v.trim()) parts.push(`${k}=${encodeURIComponent(v.trim())}`);
	for (const f of facets) {
		const vals = sel[f.key];
		if (vals && vals.length) parts.push(`${f.param}=${vals.map(encodeURIComponent).join(',')}`);
	}
	return parts.length ? `?${parts.join('&')}` : '';
}

/** The selection with `value` toggled in facet `key`. */
export function toggleValue(sel: Selection, key: string, value: string): Selection {
	const cur = sel[key] ?? [];
	const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
	return { ...sel, [key]: next };
}
