import { ACTION_IDS, LEVELS, NOTE_IDS, QUESTION_IDS, RULE_IDS } from './types.ts';

/**
 * The complete set of ids `assess` can return, per output field. A unit test proves both ways
 * that it is complete and exact (every id is reached by some input; nothing else is ever returned),
 * and the content schema requires a Latvian text for each (`TEXT_KEYS`).
 */
export const ASSESS_RETURNABLE = {
	level: LEVELS,
	rules: RULE_IDS,
	actions: ACTION_IDS,
	notes: NOTE_IDS,
	incomplete: [...QUESTION_IDS, 'setting'] as const,
} as const;
