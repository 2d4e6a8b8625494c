import type { Answers, QuestionId } from './types.ts';

/**
 * The skip logic (RISK-CHECKLIST.md §2.3): which questions are shown, in order.
 * - q1, q2 and q6 are always shown.
 * - q3–q5 are shown when q2 is Jā or Nav atbildes (a refusal is not a "no"); not when it is Nē or blank.
 * - q6b is shown when q6 is Jā or Nav atbildes.
 * - selfHarmRecent is shown when the self-harm risk factor is ticked.
 */
export function visible(answers: Answers, selfHarm = false): QuestionId[] {
	const shown: QuestionId[] = ['q1', 'q2'];
	if (answers.q2 === 'ja' || answers.q2 === 'unknown') shown.push('q3', 'q4', 'q5');
	shown.push('q6');
	if (answers.q6 === 'ja' || answers.q6 === 'unknown') shown.push('q6b');
	if (selfHarm) shown.push('selfHarmRecent');
	return shown;
}

/**
 * The answers with every hidden question set back to blank, so a discarded answer never counts and
 * a question shown again starts blank.
 */
export function applySkips(answers: Answers, selfHarm = false): Answers {
	const shown = new Set(visible(answers, selfHarm));
	const out: Answers = {};
	for (const [id, value] of Object.entries(answers) as [QuestionId, Answers[QuestionId]][]) {
		if (shown.has(id) && value != null) out[id] = value;
	}
	return out;
}
