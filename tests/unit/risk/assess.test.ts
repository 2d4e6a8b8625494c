import { describe, expect, test } from 'vitest';
import {
	ACTION_IDS,
	ACTION_PHASE,
	ACUTE_IDS,
	ASSESS_RETURNABLE,
	FLAGS_BY_SETTING,
	LEVELS,
	NOTE_IDS,
	RULE_IDS,
	SCREENING_IDS,
	SETTINGS,
	applySkips,
	assess,
	visible,
	whyRules,
	type Answer,
	type Answers,
	type Level,
	type QuestionId,
	type RiskInput,
} from '../../../src/lib/risk/index.ts';

/** The spec's notation: J = Jā, N = Nē, ? = Nav atbildes, — or · = not shown / blank. */
const A: Record<string, Answer> = { J: 'ja', N: 'ne', '?': 'unknown', '—': null, '·': null };
function answers(row: string): Answers {
	const cells = row.trim().split(/\s+/);
	const out: Answers = {};
	SCREENING_IDS.forEach((q, i) => {
		const v = A[cells[i]!];
		if (v === undefined) throw new Error(`bad cell ${cells[i]}`);
		if (v !== null) out[q] = v;
	});
	return out;
}
const rank = (l: Level) => LEVELS.indexOf(l);

// RISK-CHECKLIST.md §7: the 13 shared vignettes, with the exact, ordered rules.
const VIGNETTES: {
	id: string;
	input: Omit<RiskInput, 'answers'>;
	row: string;
	level: Level;
	rules: string[];
}[] = [
	{ id: 'V1', input: { setting: 'pasvaldiba' }, row: 'N N — — — N —', level: 'nav', rules: ['N0'] },
	{ id: 'V2', input: { setting: 'iev' }, row: 'J N — — — N —', level: 'zems', rules: ['L1'] },
	{
		id: 'V3',
		input: { setting: 'pasvaldiba', danger: true },
		row: '· · · · · · —',
		level: 'augsts',
		rules: ['E0'],
	},
	{ id: 'V4', input: { setting: 'iev' }, row: 'J J J N N N —', level: 'vidējs', rules: ['M1', 'L1'] },
	{
		id: 'V5',
		input: { setting: 'pasvaldiba' },
		row: 'J J J J N N —',
		level: 'augsts',
		rules: ['H1', 'M1', 'L1'],
	},
	{ id: 'V6', input: { setting: 'iev' }, row: 'N N — — — J J', level: 'augsts', rules: ['H2'] },
	{
		id: 'V7',
		input: { setting: 'pasvaldiba', crisisFlat: true },
		row: 'N N — — — J N',
		level: 'vidējs',
		rules: ['M2', 'S002'],
	},
	{
		id: 'V8',
		input: { setting: 'iev', flags: ['pirmas-dienas'] },
		row: 'J N — — — N —',
		level: 'vidējs',
		rules: ['L1', 'K1'],
	},
	{
		id: 'V9',
		input: { setting: 'iev', flags: ['izolators'] },
		row: 'N N — — — N —',
		level: 'nav',
		rules: ['N0'],
	},
	{
		id: 'V10',
		input: { setting: 'pasvaldiba', acute: ['akutsNotikums'], riskFactors: ['zaudejums'], concern: true },
		row: 'N N — — — N —',
		level: 'vidējs',
		rules: ['N0', 'C1'],
	},
	{ id: 'V11', input: { setting: 'iev' }, row: 'J J N ? N N —', level: 'augsts', rules: ['U1', 'U3', 'L1'] },
	{
		id: 'V12',
		input: { setting: 'iev', followUp: true },
		row: 'J J J N N N —',
		level: 'vidējs',
		rules: ['M1', 'L1', 'F1'],
	},
	{ id: 'V25', input: { setting: 'pasvaldiba' }, row: 'N N — — — ? ?', level: 'augsts', rules: ['U2', 'U3'] },
];

describe('the 13 vignettes of RISK-CHECKLIST.md §7', () => {
	test.each(VIGNETTES)('$id → $level ($rules)', ({ input, row, level, rules }) => {
		const r = assess({ ...input, answers: answers(row) });
		expect(r.level).toBe(level);
		expect(r.rules).toEqual(rules);
	});

	test('V3: the emergency panel comes first, the blank questions stay listed, 113 step leads', () => {
		const r = assess({ setting: 'pasvaldiba', danger: true, answers: {} });
		expect(r.emergency).toBe(true);
		expect(r.incomplete).toEqual(['q1', 'q2', 'q6']);
		expect(r.actions[0]).toBe('pasv-e0');
	});
	test('V7: the S002 note is returned for the collapsed on-screen note', () => {
		const r = assess({ setting: 'pasvaldiba', crisisFlat: true, answers: answers('N N — — — J N') });
		expect(r.notes).toEqual(['apsveriet-c1', 's002']);
	});
	test('V9: the flag does not raise "nav", but the isolation action and "no disclosure ≠ no risk" show', () => {
		const r = assess({ setting: 'iev', flags: ['izolators'], answers: answers('N N — — — N —') });
		expect(r.actions).toContain('konteksts-izolators');
		expect(r.notes).toContain('nav-ne-nav-riska');
	});
	test('V10: the acute factor shows the apsveriet-c1 note and the grief action', () => {
		const r = assess({
			setting: 'pasvaldiba',
			acute: ['akutsNotikums'],
			riskFactors: ['zaudejums'],
			concern: true,
			answers: answers('N N — — — N —'),
		});
		expect(r.notes).toEqual(['apsveriet-c1']);
		expect(r.actions).toContain('seras');
	});
	test('V12: the šodien steps stay first, and psychotherapy is the first turpmāk step', () => {
		const r = assess({ setting: 'iev', followUp: true, answers: answers('J J J N N N —') });
		expect(r.actions).toEqual([
			'iev-videjs-psihologs',
			'iev-videjs-lidzekli',
			'iev-videjs-plans',
			'psihoterapija-f1',
			'iev-videjs-atkal',
		]);
	});
	test('V25: q6b is shown because q6 is not Nē', () => {
		expect(visible(answers('N N — — — ? ·'))).toContain('q6b');
	});
});

// §3.2: one row per rule, each with the smallest input that fires it and one that just misses it.
describe('every row of the decision table', () => {
	const iev = (row: string, more: Partial<RiskInput> = {}): RiskInput => ({
		setting: 'iev',
		answers: answers(row),
		...more,
	});
	const ROWS: { rule: string; fires: RiskInput; level: Level; misses: RiskInput }[] = [
		{
			rule: 'E0',
			fires: iev('N N — — — N —', { danger: true }),
			level: 'augsts',
			misses: iev('N N — — — N —'),
		},
		{ rule: 'H1', fires: iev('N J N J N N —'), level: 'augsts', misses: iev('N J N N N N —') },
		{ rule: 'H1', fires: iev('N J N N J N —'), level: 'augsts', misses: iev('N J N N N N —') },
		{ rule: 'H2', fires: iev('N N — — — J J'), level: 'augsts', misses: iev('N N — — — J N') },
		{ rule: 'U1', fires: iev('N J N ? N N —'), level: 'augsts', misses: iev('N J ? N N N —') },
		{ rule: 'U1', fires: iev('N ? N N ? N —'), level: 'augsts', misses: iev('N ? N N N N —') },
		{ rule: 'U2', fires: iev('N N — — — ? J'), level: 'augsts', misses: iev('N N — — — ? N') },
		{ rule: 'U2', fires: iev('N N — — — J ?'), level: 'augsts', misses: iev('N N — — — J N') },
		{ rule: 'M1', fires: iev('N J J N N N —'), level: 'vidējs', misses: iev('N J N N N N —') },
		{ rule: 'M2', fires: iev('N N — — — J N'), level: 'vidējs', misses: iev('N N — — — N —') },
		{ rule: 'U3', fires: iev('? N — — — N —'), level: 'vidējs', misses: iev('N N — — — N —') },
		{ rule: 'L1', fires: iev('J N — — — N —'), level: 'zems', misses: iev('N N — — — N —') },
		{ rule: 'L1', fires: iev('N J N N N N —'), level: 'zems', misses: iev('N N — — — N —') },
		{
			rule: 'Z1',
			fires: {
				setting: 'iev',
				selfHarm: true,
				answers: { ...answers('N N — — — N —'), selfHarmRecent: 'ja' },
			},
			level: 'zems',
			misses: {
				setting: 'iev',
				selfHarm: true,
				answers: { ...answers('N N — — — N —'), selfHarmRecent: 'ne' },
			},
		},
		{
			rule: 'Z1',
			fires: {
				setting: 'iev',
				selfHarm: true,
				answers: { ...answers('N N — — — N —'), selfHarmRecent: 'unknown' },
			},
			level: 'zems',
			// selfHarmRecent without the factor ticked is hidden, so it is discarded.
			misses: { setting: 'iev', answers: { ...answers('N N — — — N —'), selfHarmRecent: 'ja' } },
		},
		{ rule: 'N0', fires: iev('N N — — — N —'), level: 'nav', misses: iev('J N — — — N —') },
		{
			rule: 'K1',
			fires: iev('J N — — — N —', { flags: ['tuvojas-atbrivosana'] }),
			level: 'vidējs',
			// a flag of the other setting does not count
			misses: iev('J N — — — N —', { flags: ['pec-atbrivosanas'] }),
		},
		{
			rule: 'K1',
			fires: { setting: 'pasvaldiba', flags: ['pec-atbrivosanas'], answers: answers('J N — — — N —') },
			level: 'vidējs',
			misses: { setting: 'pasvaldiba', flags: ['pec-atbrivosanas'], answers: answers('N N — — — N —') },
		},
		{
			rule: 'K2',
			fires: iev('N J N N N N —', { acute: ['izrakstits'] }),
			level: 'vidējs',
			misses: iev('N N — — — N —', { acute: ['izrakstits'] }),
		},
		{
			rule: 'C1',
			fires: iev('N N — — — N —', { concern: true }),
			level: 'vidējs',
			misses: iev('N N — — — N —'),
		},
		{
			rule: 'F1',
			fires: iev('N J J N N N —', { followUp: true }),
			level: 'vidējs',
			misses: iev('J N — — — N —', { followUp: true }),
		},
		{
			rule: 'S002',
			fires: {
				setting: 'pasvaldiba',
				crisisFlat: true,
				selfHarm: true,
				answers: { ...answers('N N — — — N —'), selfHarmRecent: 'ne' },
			},
			level: 'nav',
			// q1 alone (a wish to be dead) is not one of S002's criteria; and never in the prison setting
			misses: { setting: 'pasvaldiba', crisisFlat: true, answers: answers('J N — — — N —') },
		},
		{
			rule: 'S002',
			fires: { setting: 'pasvaldiba', crisisFlat: true, answers: answers('N J N N N N —') },
			level: 'zems',
			misses: { setting: 'iev', crisisFlat: true, answers: answers('N J N N N N —') },
		},
	];
	test.each(ROWS)(
		'$rule fires and gives $level; a near miss does not fire it',
		({ rule, fires, level, misses }) => {
			const r = assess(fires);
			expect(r.rules).toContain(rule);
			expect(r.level).toBe(level);
			expect(assess(misses).rules).not.toContain(rule);
		},
	);
	test('K1 and K2 act only on zems: they neither create a level from "nav" nor move vidējs', () => {
		const flagsAndAcute = { flags: ['pirmas-dienas', 'izolators'] as const, acute: [...ACUTE_IDS] };
		expect(assess(iev('N N — — — N —', flagsAndAcute)).level).toBe('nav');
		const r = assess(iev('N J J N N N —', flagsAndAcute));
		expect(r.level).toBe('vidējs');
		expect(r.rules).toEqual(['M1', 'L1']);
	});
	test('K1 and K2 both fire together on zems and give vidējs, not augsts', () => {
		const r = assess(iev('J N — — — N —', { flags: ['izolators'], acute: ['reibums'] }));
		expect(r.rules).toEqual(['L1', 'K1', 'K2']);
		expect(r.level).toBe('vidējs');
		expect(r.notes).toEqual(['apsveriet-c1', 'reibums']);
	});
	test('E0 overrides everything and the other rules are still reported, in table order', () => {
		const r = assess(iev('J J N N N N —', { danger: true }));
		expect(r.level).toBe('augsts');
		expect(r.rules).toEqual(['E0', 'L1']);
		expect(r.actions[0]).toBe('iev-e0');
	});
	test('rules are always reported in decision-table order', () => {
		const r = assess(iev('J J J J ? J ?', { concern: true, followUp: true }));
		expect(r.rules).toEqual(['H1', 'U1', 'U2', 'M1', 'U3', 'L1', 'C1', 'F1']);
	});
});

describe('skip logic', () => {
	test.each([
		['q2 Nē: straight to q6', 'N N · · · · ·', ['q1', 'q2', 'q6']],
		['q2 blank: q3–q5 wait for q2', '· · · · · · ·', ['q1', 'q2', 'q6']],
		['q2 Jā: q3–q5 shown', 'N J · · · · ·', ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']],
		[
			'q2 Nav atbildes: q3–q5 shown (a refusal is not a no)',
			'N ? · · · · ·',
			['q1', 'q2', 'q3', 'q4', 'q5', 'q6'],
		],
		['q6 Nē: no q6b', 'N N · · · N ·', ['q1', 'q2', 'q6']],
		['q6 Jā: q6b shown', 'N N · · · J ·', ['q1', 'q2', 'q6', 'q6b']],
		['q6 Nav atbildes: q6b shown (design decision)', 'N N · · · ? ·', ['q1', 'q2', 'q6', 'q6b']],
	])('%s', (_, row, shown) => {
		expect(visible(answers(row))).toEqual(shown);
	});
	test('selfHarmRecent is shown only when the self-harm factor is ticked', () => {
		expect(visible({}, true)).toContain('selfHarmRecent');
		expect(visible({}, false)).not.toContain('selfHarmRecent');
	});
	test('hidden answers are discarded: q2 → Nē drops q3–q5, q6 → Nē drops q6b', () => {
		expect(applySkips(answers('J N J J J N J'))).toEqual({ q1: 'ja', q2: 'ne', q6: 'ne' });
		expect(applySkips({ selfHarmRecent: 'ja' }, false)).toEqual({});
	});
	test('a discarded answer never counts: q4 = Jā behind q2 = Nē does not give H1', () => {
		const r = assess({ setting: 'iev', answers: answers('N N J J J N J') });
		expect(r.level).toBe('nav');
		expect(r.rules).toEqual(['N0']);
	});
	test('a question shown again starts blank and is listed as unanswered', () => {
		const hidden = applySkips(answers('N N J J J N ·'));
		const shownAgain = { ...hidden, q2: 'ja' as const };
		expect(assess({ setting: 'iev', answers: shownAgain }).incomplete).toEqual(['q3', 'q4', 'q5']);
	});
	test('the setting and every shown blank question are listed as incomplete', () => {
		expect(assess({ setting: null, answers: {}, selfHarm: true }).incomplete).toEqual([
			'setting',
			'q1',
			'q2',
			'q6',
			'selfHarmRecent',
		]);
		expect(assess({ setting: null, answers: {} }).actions).toEqual([]);
	});
});

describe('"Esmu noraizējies(-usies)" (C1) at each level: one step up, at least vidējs, applied last', () => {
	test.each([
		['nav', 'N N — — — N —', {}, 'vidējs'],
		['zems', 'J N — — — N —', {}, 'vidējs'],
		['zems raised to vidējs by K1', 'J N — — — N —', { flags: ['pirmas-dienas'] as const }, 'augsts'],
		['zems raised to vidējs by K2', 'J N — — — N —', { acute: ['psihoze'] as const }, 'augsts'],
		['vidējs', 'N J J N N N —', {}, 'augsts'],
		['augsts', 'N J J J N N —', {}, 'augsts'],
		['augsts by E0', '· · · · · · —', { danger: true }, 'augsts'],
	] as const)('%s → %s', (_, row, more, expected) => {
		const without = assess({ setting: 'iev', answers: answers(row), ...more });
		const withConcern = assess({ setting: 'iev', answers: answers(row), ...more, concern: true });
		expect(withConcern.level).toBe(expected);
		expect(withConcern.rules).toContain('C1');
		expect(rank(withConcern.level)).toBeGreaterThanOrEqual(rank(without.level));
	});
});

describe('missing answers ("Nav atbildes")', () => {
	test.each([
		['q1 unknown, the rest Nē', '? N — — — N —', 'vidējs', ['U3']],
		[
			'q2 unknown: intent and plan cannot be ruled out only if q4/q5 are unknown',
			'? ? N N N N —',
			'vidējs',
			['U3'],
		],
		['q2 unknown, q4 unknown → augsts', 'N ? N ? N N —', 'augsts', ['U1', 'U3']],
		['q3 unknown → vidējs (incomplete screen)', 'N J ? N N N —', 'vidējs', ['U3', 'L1']],
		['q6 unknown, q6b Nē → vidējs, like M2', 'N N — — — ? N', 'vidējs', ['U3']],
		['q6 Jā, q6b unknown → augsts', 'N N — — — J ?', 'augsts', ['U2', 'U3']],
		['everything unknown', '? ? ? ? ? ? ?', 'augsts', ['U1', 'U2', 'U3']],
	])('%s', (_, row, level, rules) => {
		const r = assess({ setting: 'pasvaldiba', answers: answers(row) });
		expect(r.level).toBe(level);
		expect(r.rules).toEqual(rules);
		expect(r.incomplete).toEqual([]);
	});
	test('selfHarmRecent unknown keeps the self-harm floor (Z1) but is not an incomplete screen', () => {
		const r = assess({
			setting: 'iev',
			selfHarm: true,
			answers: { ...answers('N N — — — N —'), selfHarmRecent: 'unknown' },
		});
		expect(r.rules).toEqual(['Z1']);
		expect(r.level).toBe('zems');
	});
});

// ---------------------------------------------------------------------------------------------
// The required property test (§3.2). Every complete answer pattern: each shown question Jā, Nē or
// Nav atbildes, hidden ones blank; selfHarmRecent when selfHarm is ticked.

const VALUES: Answer[] = ['ja', 'ne', 'unknown'];
function* patterns(): Generator<{ answers: Answers; selfHarm: boolean }> {
	for (const q1 of VALUES)
		for (const q2 of VALUES) {
			const mids: Answers[] =
				q2 === 'ne'
					? [{}]
					: VALUES.flatMap((q3) => VALUES.flatMap((q4) => VALUES.map((q5) => ({ q3, q4, q5 }))));
			for (const mid of mids)
				for (const q6 of VALUES) {
					const tails: Answers[] = q6 === 'ne' ? [{ q6 }] : VALUES.map((q6b) => ({ q6, q6b }));
					for (const tail of tails) {
						const base = { q1, q2, ...mid, ...tail };
						yield { answers: base, selfHarm: false };
						for (const selfHarmRecent of VALUES)
							yield { answers: { ...base, selfHarmRecent }, selfHarm: true };
					}
				}
		}
}
const subsets = <T>(xs: readonly T[]): T[][] =>
	xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);

/**
 * The contexts: every setting × every subset of that setting's flags × the acute factors (none,
 * each one alone, all four) × concern × danger: 240 contexts. (The engine reads the acute factors
 * only as "any ticked" for the level, so the 16 subsets would repeat these levels.)
 */
const ACUTE_CHOICES = [[], ...ACUTE_IDS.map((a) => [a]), [...ACUTE_IDS]];
function* contexts(): Generator<Omit<RiskInput, 'answers' | 'selfHarm'>> {
	for (const setting of SETTINGS)
		for (const flags of subsets(FLAGS_BY_SETTING[setting]))
			for (const acute of ACUTE_CHOICES)
				for (const concern of [false, true])
					for (const danger of [false, true]) yield { setting, flags, acute, concern, danger };
}

/**
 * Every way of replacing a set of "Nav atbildes" by Jā or Nē (`single`: exactly one of them), with
 * the skip logic applied again. A replacement of a complete pattern is again a complete pattern.
 */
function replacements(a: Answers, selfHarm: boolean, single = false): Answers[] {
	const unknowns = (Object.keys(a) as QuestionId[]).filter((q) => a[q] === 'unknown');
	if (single)
		return unknowns.flatMap((q) =>
			(['ja', 'ne'] as const).map((v) => applySkips({ ...a, [q]: v }, selfHarm)),
		);
	const out: Answers[] = [];
	const walk = (i: number, cur: Answers, changed: boolean) => {
		if (i === unknowns.length) {
			if (changed) out.push(applySkips(cur, selfHarm));
			return;
		}
		const q = unknowns[i]!;
		walk(i + 1, cur, changed);
		walk(i + 1, { ...cur, [q]: 'ja' }, true);
		walk(i + 1, { ...cur, [q]: 'ne' }, true);
	};
	walk(0, a, false);
	return out;
}

const keyOf = (p: { answers: Answers; selfHarm: boolean }) =>
	[
		p.selfHarm ? 1 : 0,
		...[...SCREENING_IDS, 'selfHarmRecent' as const].map((q) => p.answers[q]?.[0] ?? '-'),
	].join('');

/** Checks every pattern against its replacements under each context; returns the violations. */
function monotonicityViolations(
	all: { answers: Answers; selfHarm: boolean }[],
	ctxs: Iterable<Omit<RiskInput, 'answers' | 'selfHarm'>>,
	single: boolean,
): { violations: string[]; checked: number } {
	const reps = all.map((p) =>
		replacements(p.answers, p.selfHarm, single).map((r) => keyOf({ answers: r, selfHarm: p.selfHarm })),
	);
	const violations: string[] = [];
	let checked = 0;
	for (const ctx of ctxs) {
		const levelOf = new Map<string, number>();
		for (const p of all) levelOf.set(keyOf(p), rank(assess({ ...ctx, ...p }).level));
		all.forEach((p, i) => {
			const mine = levelOf.get(keyOf(p))!;
			for (const r of reps[i]!) {
				const theirs = levelOf.get(r);
				checked++;
				if (theirs === undefined) violations.push(`not a complete pattern: ${r}`);
				else if (theirs > mine) violations.push(`${JSON.stringify(ctx)} ${keyOf(p)} → ${r}`);
			}
		});
		if (violations.length > 5) break;
	}
	return { violations: violations.slice(0, 5), checked };
}

describe('property: missing answers never lower the level', () => {
	const all = [...patterns()];
	test('the enumeration covers every complete pattern (1155 screening patterns × 4 self-harm states)', () => {
		expect(all).toHaveLength(1155 * 4);
		for (const p of all) expect(assess({ setting: 'iev', ...p }).incomplete).toEqual([]);
	});

	test(
		'replacing any one "Nav atbildes" by Jā or Nē never gives a higher level, in all 240 contexts',
		{ timeout: 600_000 },
		() => {
			// Any set of replacements is a chain of single replacements through complete patterns,
			// so this proves the property for every set of replacements too.
			const { violations, checked } = monotonicityViolations(all, contexts(), true);
			expect(violations).toEqual([]);
			expect(checked).toBeGreaterThan(1_000_000);
		},
	);

	test(
		'replacing any set of "Nav atbildes" at once never gives a higher level (setting × concern × danger)',
		{ timeout: 600_000 },
		() => {
			const ctxs = SETTINGS.flatMap((setting) =>
				[false, true].flatMap((concern) => [false, true].map((danger) => ({ setting, concern, danger }))),
			);
			const { violations, checked } = monotonicityViolations(all, ctxs, false);
			expect(violations).toEqual([]);
			expect(checked).toBeGreaterThan(100_000);
		},
	);

	test(
		'no pattern without "Nav atbildes" falls below the plain screener triage',
		{ timeout: 600_000 },
		() => {
			for (const p of all) {
				const values = Object.values(p.answers);
				if (values.includes('unknown')) continue;
				const a = p.answers;
				const screener: Level =
					a.q4 === 'ja' || a.q5 === 'ja' || (a.q6 === 'ja' && a.q6b === 'ja')
						? 'augsts'
						: a.q3 === 'ja' || a.q6 === 'ja'
							? 'vidējs'
							: a.q1 === 'ja' || a.q2 === 'ja'
								? 'zems'
								: 'nav';
				for (const ctx of contexts()) {
					expect(rank(assess({ ...ctx, ...p }).level)).toBeGreaterThanOrEqual(rank(screener));
				}
			}
		},
	);
});

describe('the output is ids only, and the exported set of ids is complete and exact', () => {
	test(
		'every id assess can return is in ASSESS_RETURNABLE, and every one of them is reached',
		{ timeout: 600_000 },
		() => {
			const seen = {
				level: new Set<string>(),
				rules: new Set<string>(),
				actions: new Set<string>(),
				notes: new Set<string>(),
				incomplete: new Set<string>(),
			};
			const all = [...patterns()];
			const record = (input: RiskInput) => {
				const r = assess(input);
				seen.level.add(r.level);
				r.rules.forEach((x) => seen.rules.add(x));
				r.actions.forEach((x) => seen.actions.add(x));
				r.notes.forEach((x) => seen.notes.add(x));
				r.incomplete.forEach((x) => seen.incomplete.add(x));
				for (const v of Object.values(r)) expect(typeof v === 'number').toBe(false);
			};
			for (const ctx of contexts())
				for (const p of all.filter((_, i) => i % 61 === 0))
					for (const extra of [{}, { followUp: true, crisisFlat: true, riskFactors: ['zaudejums'] }])
						record({ ...ctx, ...extra, ...p });
			for (const setting of SETTINGS) for (const p of all) record({ setting, ...p });
			for (const v of VIGNETTES) record({ ...v.input, answers: answers(v.row) });
			record({ setting: null, selfHarm: true, answers: { q2: 'ja', q6: 'ja' } });
			record({ setting: 'iev', acute: ['psihoze'], answers: { q1: 'ja', q2: 'ne', q6: 'ne' } });
			expect([...seen.level].sort()).toEqual([...ASSESS_RETURNABLE.level].sort());
			expect([...seen.rules].sort()).toEqual([...ASSESS_RETURNABLE.rules].sort());
			expect([...seen.actions].sort()).toEqual([...ASSESS_RETURNABLE.actions].sort());
			expect([...seen.notes].sort()).toEqual([...ASSESS_RETURNABLE.notes].sort());
			expect([...seen.incomplete].sort()).toEqual([...ASSESS_RETURNABLE.incomplete].sort());
			expect(ASSESS_RETURNABLE.rules).toEqual(RULE_IDS);
			expect(ASSESS_RETURNABLE.actions).toEqual(ACTION_IDS);
			expect(ASSESS_RETURNABLE.notes).toEqual(NOTE_IDS);
		},
	);

	test('no tūlīt or šodien step ever comes after a turpmāk step', { timeout: 600_000 }, () => {
		const phaseOf = (id: string) => (id.startsWith('iev-e0') || id.startsWith('pasv-e0') ? 0 : 1);
		for (const ctx of contexts())
			for (const p of [...patterns()].filter((_, i) => i % 97 === 0)) {
				const r = assess({ ...ctx, ...p, followUp: true, riskFactors: ['zaudejums'] });
				const phases = r.actions.map((a) => ({ tulit: 0, sodien: 1, turpmak: 2 })[ACTION_PHASE[a]]!);
				expect(phases).toEqual([...phases].sort((x, y) => x - y));
				expect(phaseOf(r.actions[0]!)).toBe(ctx.danger ? 0 : 1);
			}
	});
});

describe('whyRules: the "Kāpēc šis līmenis" order', () => {
	test('decisive rules first; note rules (F1, S002) never listed', () => {
		expect(whyRules({ rules: ['M1', 'L1', 'F1'] })).toEqual(['M1', 'L1']);
		expect(whyRules({ rules: ['L1', 'K1', 'K2'] })).toEqual(['K1', 'K2', 'L1']);
		expect(whyRules({ rules: ['N0', 'C1'] })).toEqual(['C1', 'N0']);
		expect(whyRules({ rules: ['E0', 'L1'] })).toEqual(['E0', 'L1']);
		expect(whyRules({ rules: ['U1', 'U3', 'L1'] })).toEqual(['U1', 'U3', 'L1']);
		expect(whyRules({ rules: ['M2', 'S002'] })).toEqual(['M2']);
	});
});

describe('actions per level and setting (§4.2)', () => {
	const plain = (setting: 'iev' | 'pasvaldiba', row: string) =>
		assess({ setting, answers: answers(row) }).actions;
	test.each([
		[
			'iev',
			'N J J J N N —',
			[
				'iev-augsts-nodot',
				'iev-augsts-lidzekli',
				'iev-augsts-uzraudziba',
				'iev-augsts-paskaidrot',
				'iev-augsts-dezurants',
				'iev-augsts-dokumentet',
				'iev-augsts-atkal',
				'psihoterapija',
			],
		],
		[
			'pasvaldiba',
			'N J J J N N —',
			[
				'pasv-augsts-palikt',
				'pasv-augsts-zvanit',
				'pasv-augsts-lidzekli',
				'pasv-augsts-informet',
				'pasv-augsts-atkal',
				'pasv-augsts-intervence',
				'psihoterapija',
			],
		],
		[
			'iev',
			'N J J N N N —',
			[
				'iev-videjs-psihologs',
				'iev-videjs-lidzekli',
				'iev-videjs-plans',
				'iev-videjs-atkal',
				'psihoterapija',
			],
		],
		[
			'pasvaldiba',
			'N J J N N N —',
			[
				'pasv-videjs-specialists',
				'pasv-videjs-plans',
				'pasv-videjs-dokumentet',
				'pasv-videjs-atkal',
				'psihoterapija',
			],
		],
		[
			'iev',
			'J N — — — N —',
			['iev-zems-atbalsts', 'iev-zems-psihologs', 'iev-zems-kam-teikt', 'iev-zems-atkal'],
		],
		[
			'pasvaldiba',
			'J N — — — N —',
			['pasv-zems-atbalsts', 'pasv-zems-nosutit', 'pasv-zems-talruni', 'pasv-zems-atkal'],
		],
		['iev', 'N N — — — N —', ['iev-nav-pierakstit', 'iev-nav-atkal']],
		['pasvaldiba', 'N N — — — N —', ['pasv-nav-pierakstit', 'pasv-nav-atkal']],
	] as const)('%s, %s', (setting, row, expected) => {
		expect(plain(setting, row)).toEqual(expected);
	});
	test('at augsts in isolation the isolation review is a tūlīt step; the flag action follows the šodien steps', () => {
		const r = assess({ setting: 'iev', flags: ['izolators'], answers: answers('N N — — — J J') });
		expect(r.actions.slice(0, 5)).toEqual([
			'iev-augsts-nodot',
			'iev-augsts-lidzekli',
			'iev-augsts-uzraudziba',
			'iev-augsts-izolators',
			'iev-augsts-paskaidrot',
		]);
		expect(r.actions).toContain('konteksts-izolators');
	});
	test('at vidējs with a flag the duty staff are told today', () => {
		expect(
			assess({ setting: 'iev', flags: ['tuvojas-atbrivosana'], answers: answers('J N — — — N —') }).actions,
		).toEqual([
			'iev-videjs-psihologs',
			'iev-videjs-karogs',
			'iev-videjs-lidzekli',
			'iev-videjs-plans',
			'iev-videjs-atkal',
			'psihoterapija',
			'konteksts-tuvojas-atbrivosana',
		]);
	});
});
