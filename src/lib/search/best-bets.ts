// "Best bets": query phrases that name a task or a service, each with the pages that answer it
// (content/search/best-bets.yaml). Pure: the endpoint reads the YAML and passes it in.

import { normalizeQuery } from './normalize.ts';
import type { SynonymGroup } from './synonyms.ts';
import { SYNONYMS } from './synonyms.ts';

/** One best bet as written in the YAML. */
export type BestBetSource = { when: string[]; show: string[] };

/** A compiled best bet: each phrase as its normalised terms. */
export type BestBet = { when: string[][]; show: string[] };

/** Normalises the phrases of the best bets the same way a query is normalised. */
export function compileBestBets(
	bets: readonly BestBetSource[],
	synonyms: readonly SynonymGroup[] = SYNONYMS,
): BestBet[] {
	return bets.map((b) => ({ when: b.when.map((p) => normalizeQuery(p, synonyms)), show: b.show }));
}

/**
 * What to show first for a normalised query, in order: the `show` entries (pages, or record
 * numbers in the built index) of every bet one of whose phrases has all its terms in the query (a
 * query term of 4+ letters may be the start of a phrase term, as when the last word is still
 * being typed).
 */
export function bestBetsFor<T>(
	bets: readonly { when: string[][]; show: readonly T[] }[],
	terms: readonly string[],
): T[] {
	const has = (t: string) => terms.some((q) => q === t || (q.length >= 4 && t.startsWith(q)));
	const out: T[] = [];
	for (const b of bets)
		if (b.when.some((phrase) => phrase.length > 0 && phrase.every(has)))
			for (const x of b.show) if (!out.includes(x)) out.push(x);
	return out;
}

/** One message per best-bet page that no search record links to. */
export function missingBestBets(bets: readonly BestBetSource[], recordUrls: ReadonlySet<string>): string[] {
	return bets.flatMap((b) =>
		b.show
			.filter((url) => !recordUrls.has(url))
			.map(
				(url) => `content/search/best-bets.yaml: „${b.when[0]}" rāda ${url}, bet tādas lapas meklēšanā nav`,
			),
	);
}
