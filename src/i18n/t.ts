/**
 * The string look-up shared by `lv.ts` (every key, for `.astro`) and the islands (each only its
 * feature's keys, so a page ships only the strings its islands use).
 */

/** A flat dictionary of dotted keys. */
export type Strings = Readonly<Record<string, string>>;

/** Fills `{name}` placeholders. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
	return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/**
 * A typed `t()` over one dictionary.
 * @example const t = createT(planStrings); t('plan.saved', { date })
 */
export function createT<D extends Strings>(dict: D) {
	return (key: keyof D & string, vars: Record<string, string | number> = {}): string =>
		fill(dict[key] ?? key, vars);
}

const plural = new Intl.PluralRules('lv');

/**
 * Picks the Latvian plural form: zero (0, 10, 11…), one (1, 21…), other (2, 5, 22…).
 * @example tPlural(t, 21, { zero: 'search.resultsZero', one: 'search.resultsOne', other: 'search.results' })
 */
export function tPlural<K extends string>(
	t: (key: K, vars?: Record<string, string | number>) => string,
	count: number,
	keys: { zero: K; one: K; other: K },
	vars: Record<string, string | number> = {},
): string {
	const form = plural.select(count) as 'zero' | 'one' | 'other';
	return t(keys[form] ?? keys.other, { count, ...vars });
}
