import type { SourceRef } from '../scenario/types.ts';
import { createT } from '../../i18n/t.ts';
import { lessonStrings } from '../../i18n/lv/lesson.ts';

const t = createT(lessonStrings);

/**
 * A scenario judgement's source as one short line: "000, rindas 160–171, piezīme". The same in
 * the player's feedback, the debrief, the facilitator's reveal and the answer key.
 */
export function citeSource(s: SourceRef): string {
	return [s.document, s.lines ? t('lesson.sourceLines', { lines: s.lines }) : '', s.note ?? '']
		.filter(Boolean)
		.join(', ');
}
