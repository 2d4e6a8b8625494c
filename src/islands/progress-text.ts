import { createT } from '../i18n/t.ts';
import { progressStrings } from '../i18n/lv/progress.ts';
import { tOrder } from '../i18n/lv/order.ts';
import { checkSummary, type Progress } from '../lib/progress/codec.ts';

const t = createT(progressStrings);

/** A lesson's first-attempt result once every question is answered, or the result migrated from version 1. */
export function checkResultText(p: Progress, lessonId: string): string | null {
	const s = checkSummary(p, lessonId);
	if (!s) return null;
	if (s.earlier) return tOrder('order.earlierResult', { score: s.score, total: s.total });
	return s.answered >= s.total ? t('progress.checkResult', { score: s.score, total: s.total }) : null;
}
