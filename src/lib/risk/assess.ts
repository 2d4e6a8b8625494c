import {
	ACTION_IDS,
	ACTION_PHASE,
	FLAGS_BY_SETTING,
	GRIEF_FACTOR,
	LEVELS,
	PHASES,
	RULE_IDS,
	SCREENING_IDS,
	type ActionId,
	type Assessment,
	type IncompleteId,
	type Level,
	type NoteId,
	type RiskInput,
	type RuleId,
} from './types.ts';
import { applySkips, visible } from './visible.ts';

const rank = (l: Level) => LEVELS.indexOf(l);
const max = (a: Level, b: Level): Level => (rank(a) >= rank(b) ? a : b);
const next = (l: Level): Level => LEVELS[Math.min(rank(l) + 1, LEVELS.length - 1)]!;

/**
 * The triage rule of RISK-CHECKLIST.md §3.2. Returns ids only (never a number):
 * the level, the rules that fired in decision-table order, whether the emergency panel comes
 * first, the shown questions still blank, the actions for the level and setting in phase order,
 * and the notes. Hidden answers are discarded before anything is evaluated.
 *
 * The level is final only when `incomplete` is empty, or when `emergency` is true.
 */
export function assess(input: RiskInput): Assessment {
	const selfHarm = input.selfHarm ?? false;
	const a = applySkips(input.answers, selfHarm);
	const setting = input.setting;
	const flags = setting
		? (input.flags ?? []).filter((f) => (FLAGS_BY_SETTING[setting] as readonly string[]).includes(f))
		: [];
	const acute = input.acute ?? [];
	const is = (q: keyof typeof a, ...values: string[]) => values.includes(a[q] ?? '');

	const fired = new Set<RuleId>();
	let base = 'nav' as Level; // raised by the closure below
	const atLeast = (rule: RuleId, when: boolean, level: Level) => {
		if (!when) return;
		fired.add(rule);
		base = max(base, level);
	};

	const danger = input.danger ?? false;
	if (danger) fired.add('E0');
	atLeast('H1', is('q4', 'ja') || is('q5', 'ja'), 'augsts');
	atLeast('H2', is('q6', 'ja') && is('q6b', 'ja'), 'augsts');
	atLeast('U1', is('q2', 'ja', 'unknown') && (is('q4', 'unknown') || is('q5', 'unknown')), 'augsts');
	atLeast(
		'U2',
		is('q6', 'ja', 'unknown') && is('q6b', 'ja', 'unknown') && (is('q6', 'unknown') || is('q6b', 'unknown')),
		'augsts',
	);
	atLeast('M1', is('q3', 'ja'), 'vidējs');
	atLeast('M2', is('q6', 'ja') && is('q6b', 'ne'), 'vidējs');
	atLeast(
		'U3',
		SCREENING_IDS.some((q) => a[q] === 'unknown'),
		'vidējs',
	);
	atLeast('L1', is('q1', 'ja') || is('q2', 'ja'), 'zems');
	atLeast('Z1', selfHarm && is('selfHarmRecent', 'ja', 'unknown'), 'zems');
	if (fired.size === 0) fired.add('N0');

	let level: Level = base;
	if (flags.length > 0 && base === 'zems') fired.add('K1');
	if (acute.length > 0 && base === 'zems') fired.add('K2');
	if (fired.has('K1') || fired.has('K2')) level = 'vidējs';
	if (input.concern) {
		fired.add('C1');
		level = max('vidējs', next(level));
	}
	if (danger) level = 'augsts';
	if (input.followUp && rank(level) >= rank('vidējs')) fired.add('F1');
	const disclosed =
		(['q2', 'q3', 'q4', 'q5'] as const).some((q) => a[q] === 'ja') || a.q6 === 'ja' || selfHarm;
	if (setting === 'pasvaldiba' && input.crisisFlat && disclosed) fired.add('S002');

	const rules = RULE_IDS.filter((r) => fired.has(r));

	const incomplete: IncompleteId[] = [];
	if (!setting) incomplete.push('setting');
	for (const q of visible(a, selfHarm)) if (a[q] == null) incomplete.push(q);

	const notes: NoteId[] = [];
	if (acute.length > 0 || fired.has('M2')) notes.push('apsveriet-c1');
	if (acute.includes('reibums')) notes.push('reibums');
	if (level === 'nav') notes.push('nav-ne-nav-riska');
	if (fired.has('S002')) notes.push('s002');

	return {
		level,
		rules,
		emergency: danger,
		incomplete,
		actions: setting ? actionsFor(level, setting, danger, flags, input, fired.has('F1')) : [],
		notes,
	};
}

function actionsFor(
	level: Level,
	setting: NonNullable<RiskInput['setting']>,
	danger: boolean,
	flags: readonly string[],
	input: RiskInput,
	f1: boolean,
): ActionId[] {
	const iev = setting === 'iev';
	const out: ActionId[] = [];
	if (danger) out.push(iev ? 'iev-e0' : 'pasv-e0');
	const psychotherapy: ActionId = f1 ? 'psihoterapija-f1' : 'psihoterapija';
	if (level === 'augsts' && iev) {
		out.push('iev-augsts-nodot', 'iev-augsts-lidzekli', 'iev-augsts-uzraudziba');
		if (flags.includes('izolators')) out.push('iev-augsts-izolators');
		out.push('iev-augsts-paskaidrot', 'iev-augsts-dezurants', 'iev-augsts-dokumentet', 'iev-augsts-atkal');
		out.push(psychotherapy);
	} else if (level === 'augsts') {
		out.push(
			'pasv-augsts-palikt',
			'pasv-augsts-zvanit',
			'pasv-augsts-lidzekli',
			'pasv-augsts-informet',
			'pasv-augsts-atkal',
			'pasv-augsts-intervence',
			psychotherapy,
		);
	} else if (level === 'vidējs' && iev) {
		out.push('iev-videjs-psihologs');
		if (flags.length > 0) out.push('iev-videjs-karogs');
		out.push('iev-videjs-lidzekli', 'iev-videjs-plans', 'iev-videjs-atkal', psychotherapy);
	} else if (level === 'vidējs') {
		out.push(
			'pasv-videjs-specialists',
			'pasv-videjs-plans',
			'pasv-videjs-dokumentet',
			'pasv-videjs-atkal',
			psychotherapy,
		);
	} else if (level === 'zems' && iev) {
		out.push('iev-zems-atbalsts', 'iev-zems-psihologs', 'iev-zems-kam-teikt', 'iev-zems-atkal');
	} else if (level === 'zems') {
		out.push('pasv-zems-atbalsts', 'pasv-zems-nosutit', 'pasv-zems-talruni', 'pasv-zems-atkal');
	} else if (iev) {
		out.push('iev-nav-pierakstit', 'iev-nav-atkal');
	} else {
		out.push('pasv-nav-pierakstit', 'pasv-nav-atkal');
	}
	for (const f of flags) out.push(`konteksts-${f}` as ActionId);
	if ((input.riskFactors ?? []).includes(GRIEF_FACTOR)) out.push('seras');
	return orderActions(out);
}

/** Phase order, then table order; the F1 psychotherapy step leads the follow-up steps. */
export function orderActions(actions: readonly ActionId[]): ActionId[] {
	return [...actions].sort((x, y) => ORDER.get(x)! - ORDER.get(y)!);
}
const ORDER = new Map<ActionId, number>(
	ACTION_IDS.map((id, i) => [
		id,
		PHASES.indexOf(ACTION_PHASE[id]) * 1000 + (id === 'psihoterapija-f1' ? -1 : i),
	]),
);
