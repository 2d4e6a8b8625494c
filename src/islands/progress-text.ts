import { createT } from '../i18n/t.ts';
import { progressStrings } from '../i18n/lv/progress.ts';
import { tOrder } from '../i18n/lv/order.ts';
import { checkSummary, type Progress } from '../lib/progress/codec.ts';
import type { LessonState } from '../lib/progress/dashboard.ts';
import { tDash } from '../i18n/lv/dashboard.ts';

const t = createT(progressStrings);

/** A lesson's first-attempt result once every question is answered, or the result migrated from version 1. */
export function checkResultText(p: Progress, lessonId: string): string | null {
	const s = checkSummary(p, lessonId);
	if (!s) return null;
	if (s.earlier) return tOrder('order.earlierResult', { score: s.score, total: s.total });
	return s.answered >= s.total ? t('progress.checkResult', { score: s.score, total: s.total }) : null;
}

/** A lesson's first-attempt result as text, or null when the check is not (fully) answered. */
export function resultText(s: LessonState): string | null {
	if (!s.result) return null;
	const { score, total } = s.result;
	if (s.result.earlier || s.changed) return tDash('dash.earlierVersion', { score, total });
	const now = t('progress.checkResult', { score, total });
	return s.earlier ? `${now}; ${tDash('dash.earlierVersion', s.earlier)}` : now;
}
