import { useStore } from '@nanostores/preact';
import { $progress, setLessonDone } from '../stores/progress.ts';
import { createT } from '../i18n/t.ts';
import { lessonStrings } from '../i18n/lv/lesson.ts';
import { useEffect, useState } from 'preact/hooks';

const t = createT(lessonStrings);

export type MarkDoneProps = { lessonId: string };

/** "Mark as done" toggle for a lesson. Disabled until hydrated (server and client agree). */
export default function MarkDone({ lessonId }: MarkDoneProps) {
	const progress = useStore($progress);
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const done = hydrated && lessonId in progress.lessons;
	return (
		<div class="button-row">
			<button
				type="button"
				class={done ? 'button secondary' : 'button'}
				aria-pressed={done}
				disabled={!hydrated}
				onClick={() => setLessonDone(lessonId, !done)}
			>
				{done ? t('lesson.unmark') : t('lesson.markDone')}
			</button>
			<span role="status">{done ? <span class="status-ok">✓ {t('lesson.markedDone')}</span> : null}</span>
		</div>
	);
}
