import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $progress } from '../stores/progress.ts';
import { countDone } from '../lib/progress/codec.ts';
import { createT } from '../i18n/t.ts';
import { courseStrings } from '../i18n/lv/course.ts';
import { checkResultText } from './progress-text.ts';

const t = createT(courseStrings);

export type CourseProgressProps = { lessons: { id: string; title: string; url: string; minutes: number }[] };

/** Course lesson list with done marks and a progress bar from local progress. */
export default function CourseProgress({ lessons }: CourseProgressProps) {
	const progress = useStore($progress);
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const ids = lessons.map((l) => l.id);
	const done = hydrated ? countDone(progress, ids) : 0;
	return (
		<div>
			<p>
				<label for="course-progress">{t('course.progress', { done, total: lessons.length })}</label>{' '}
				<progress id="course-progress" max={lessons.length} value={done} />
			</p>
			<ol class="card-list">
				{lessons.map((l) => {
					const isDone = hydrated && l.id in progress.lessons;
					const check = hydrated ? checkResultText(progress, l.id) : null;
					return (
						<li class="card" key={l.id}>
							<a href={l.url}>{l.title}</a>{' '}
							<span class="meta">· {t('course.minutes', { minutes: l.minutes })}</span>{' '}
							{isDone && <span class="badge done">{t('course.done')}</span>}{' '}
							{check && <span class="meta">· {check}</span>}
						</li>
					);
				})}
			</ol>
		</div>
	);
}
