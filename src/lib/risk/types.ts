// Types and id lists of the suicide-risk conversation checklist (../shared/design/RISK-CHECKLIST.md).
// Pure data: no DOM, no Astro, no Preact. The Latvian text for every id lives in the tool's content
// (content/tools/pasnavibas-risks.yaml → texts), and the schema fails the build when one is missing.

/** An answer: 'unknown' is "Nav atbildes"; null is blank, or hidden by the skip logic. */
export type Answer = 'ja' | 'ne' | 'unknown' | null;

/** Why an answer is "Nav atbildes" (printed and named in the "kāpēc" text; never changes the level). */
export type UnknownReason = 'atteicas' | 'nezina' | 'nevareja';
export const UNKNOWN_REASONS = ['atteicas', 'nezina', 'nevareja'] as const satisfies readonly UnknownReason[];

/** The screening questions in order, then the self-harm recency question. */
export const SCREENING_IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q6b'] as const;
export const QUESTION_IDS = [...SCREENING_IDS, 'selfHarmRecent'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type Answers = Partial<Record<QuestionId, Answer>>;

export const SETTINGS = ['iev', 'pasvaldiba'] as const;
export type Setting = (typeof SETTINGS)[number];

/** Context flags per setting (RISK-CHECKLIST.md §2.4). Only the chosen setting's flags count. */
export const FLAGS_BY_SETTING = {
	iev: ['pirmas-dienas', 'izolators', 'tuvojas-atbrivosana'],
	pasvaldiba: ['pec-atbrivosanas'],
} as const satisfies Record<Setting, readonly string[]>;
export const FLAG_IDS = [...FLAGS_BY_SETTING.iev, ...FLAGS_BY_SETTING.pasvaldiba] as const;
export type FlagId = (typeof FLAG_IDS)[number];

/** The four acute factors that drive rule K2. */
export const ACUTE_IDS = ['psihoze', 'reibums', 'akutsNotikums', 'izrakstits'] as const;
export type AcuteId = (typeof ACUTE_IDS)[number];

/** The loss-and-grief risk factor: ticking it adds the grief action (H 6548–6564). */
export const GRIEF_FACTOR = 'zaudejums';

/** Levels, lowest first. 'nav' is "no disclosure", not a risk level. */
export const LEVELS = ['nav', 'zems', 'vidējs', 'augsts'] as const;
export type Level = (typeof LEVELS)[number];

/** Rule ids in the order of the decision table (§3.2); `rules` is always reported in this order. */
export const RULE_IDS = [
	'E0',
	'H1',
	'H2',
	'U1',
	'U2',
	'M1',
	'M2',
	'U3',
	'L1',
	'Z1',
	'N0',
	'K1',
	'K2',
	'C1',
	'F1',
	'S002',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
/** Note rules: listed in `rules`, but shown with the actions (F1) or in the collapsed note (S002). */
export const NOTE_RULES = ['F1', 'S002'] as const satisfies readonly RuleId[];

export const NOTE_IDS = ['apsveriet-c1', 'reibums', 'nav-ne-nav-riska', 's002'] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export type Phase = 'tulit' | 'sodien' | 'turpmak';
export const PHASES = ['tulit', 'sodien', 'turpmak'] as const satisfies readonly Phase[];

/**
 * Every action, in table order (§4.1–4.3), with its phase. `assess` returns them in phase order
 * and, within a phase, in this order; F1 moves the psychotherapy step to the head of `turpmak`.
 */
export const ACTIONS = [
	// Emergency panel (E0), per setting.
	{ id: 'iev-e0', phase: 'tulit' },
	{ id: 'pasv-e0', phase: 'tulit' },
	// augsts, prison
	{ id: 'iev-augsts-nodot', phase: 'tulit' },
	{ id: 'iev-augsts-lidzekli', phase: 'tulit' },
	{ id: 'iev-augsts-uzraudziba', phase: 'tulit' },
	{ id: 'iev-augsts-izolators', phase: 'tulit' },
	{ id: 'iev-augsts-paskaidrot', phase: 'tulit' },
	{ id: 'iev-augsts-dezurants', phase: 'sodien' },
	{ id: 'iev-augsts-dokumentet', phase: 'sodien' },
	{ id: 'iev-augsts-atkal', phase: 'turpmak' },
	// augsts, municipality
	{ id: 'pasv-augsts-palikt', phase: 'tulit' },
	{ id: 'pasv-augsts-zvanit', phase: 'tulit' },
	{ id: 'pasv-augsts-lidzekli', phase: 'tulit' },
	{ id: 'pasv-augsts-informet', phase: 'sodien' },
	{ id: 'pasv-augsts-atkal', phase: 'turpmak' },
	{ id: 'pasv-augsts-intervence', phase: 'turpmak' },
	// vidējs, prison
	{ id: 'iev-videjs-psihologs', phase: 'sodien' },
	{ id: 'iev-videjs-karogs', phase: 'sodien' },
	{ id: 'iev-videjs-lidzekli', phase: 'sodien' },
	{ id: 'iev-videjs-plans', phase: 'sodien' },
	{ id: 'iev-videjs-atkal', phase: 'turpmak' },
	// vidējs, municipality
	{ id: 'pasv-videjs-specialists', phase: 'sodien' },
	{ id: 'pasv-videjs-plans', phase: 'sodien' },
	{ id: 'pasv-videjs-dokumentet', phase: 'sodien' },
	{ id: 'pasv-videjs-atkal', phase: 'turpmak' },
	// vidējs and augsts, both settings: the handbook's psychotherapy rule (§4.3)
	{ id: 'psihoterapija', phase: 'turpmak' },
	{ id: 'psihoterapija-f1', phase: 'turpmak' },
	// zems
	{ id: 'iev-zems-atbalsts', phase: 'sodien' },
	{ id: 'iev-zems-psihologs', phase: 'sodien' },
	{ id: 'iev-zems-kam-teikt', phase: 'sodien' },
	{ id: 'iev-zems-atkal', phase: 'turpmak' },
	{ id: 'pasv-zems-atbalsts', phase: 'sodien' },
	{ id: 'pasv-zems-nosutit', phase: 'sodien' },
	{ id: 'pasv-zems-talruni', phase: 'sodien' },
	{ id: 'pasv-zems-atkal', phase: 'turpmak' },
	// nav
	{ id: 'iev-nav-pierakstit', phase: 'sodien' },
	{ id: 'iev-nav-atkal', phase: 'turpmak' },
	{ id: 'pasv-nav-pierakstit', phase: 'sodien' },
	{ id: 'pasv-nav-atkal', phase: 'turpmak' },
	// Additions at any level (§4.3): context flags, then grief.
	{ id: 'konteksts-pirmas-dienas', phase: 'sodien' },
	{ id: 'konteksts-izolators', phase: 'sodien' },
	{ id: 'konteksts-pec-atbrivosanas', phase: 'sodien' },
	{ id: 'konteksts-tuvojas-atbrivosana', phase: 'turpmak' },
	{ id: 'seras', phase: 'turpmak' },
] as const satisfies readonly { id: string; phase: Phase }[];
export type ActionId = (typeof ACTIONS)[number]['id'];
export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((a) => a.id);
export const ACTION_PHASE: Readonly<Record<ActionId, Phase>> = Object.fromEntries(
	ACTIONS.map((a) => [a.id, a.phase]),
) as Record<ActionId, Phase>;

/** What `assess` reads. Everything but the answers is optional and defaults to "not ticked". */
export type RiskInput = {
	setting: Setting | null;
	danger?: boolean;
	answers: Answers;
	/** The risk factor "self-harm without any wish to die"; shows `selfHarmRecent`. */
	selfHarm?: boolean;
	flags?: readonly FlagId[];
	acute?: readonly AcuteId[];
	/** Other ticked risk factors (never scored; `zaudejums` adds the grief action). */
	riskFactors?: readonly string[];
	concern?: boolean;
	followUp?: boolean;
	crisisFlat?: boolean;
};

/** Something the worker still has to answer before the result appears. */
export type IncompleteId = QuestionId | 'setting';

export type Assessment = {
	level: Level;
	rules: RuleId[];
	/** E0 fired: the emergency panel comes first. */
	emergency: boolean;
	/** Shown questions still blank (and the setting, if not chosen). The result waits for these, except on E0. */
	incomplete: IncompleteId[];
	actions: ActionId[];
	notes: NoteId[];
};

/**
 * Every key that needs a Latvian text in the tool's `texts`: the level names, one "kāpēc"
 * sentence per rule, each action and each note. The content schema checks all of them.
 */
export const TEXT_KEYS: readonly string[] = [
	...LEVELS.map((l) => `level.${l}`),
	...RULE_IDS.map((r) => `rule.${r}`),
	...ACTION_IDS.map((a) => `action.${a}`),
	...NOTE_IDS.map((n) => `note.${n}`),
];
