import { LEVELS, NOTE_RULES, type Assessment, type Level, type RuleId } from './types.ts';

/** The level each rule sets or floors (C1 and E0 set the final level; note rules set none). */
const EFFECT: Partial<Record<RuleId, Level>> = {
	E0: 'augsts',
	H1: 'augsts',
	H2: 'augsts',
	U1: 'augsts',
	U2: 'augsts',
	M1: 'vidējs',
	M2: 'vidējs',
	U3: 'vidējs',
	K1: 'vidējs',
	K2: 'vidējs',
	L1: 'zems',
	Z1: 'zems',
	N0: 'nav',
};

/**
 * The level rules for "Kāpēc šis līmenis", decisive ones first: E0 and C1 (they set the final
 * level), then K1/K2, then the others by the level they give, in decision-table order within a
 * level. F1 and S002 are note rules and never appear here.
 */
export function whyRules(result: Pick<Assessment, 'rules'>): RuleId[] {
	const rank = (r: RuleId) =>
		r === 'E0'
			? -3
			: r === 'C1'
				? -2
				: r === 'K1' || r === 'K2'
					? -1
					: -LEVELS.indexOf(EFFECT[r] ?? 'nav') + 4;
	return result.rules
		.filter((r) => !(NOTE_RULES as readonly string[]).includes(r))
		.map((r, i) => ({ r, i }))
		.sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
		.map(({ r }) => r);
}
