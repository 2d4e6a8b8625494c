import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $progress } from '../stores/progress.ts';
import { emptyProgress } from '../lib/progress/codec.ts';
import {
	changedLessons,
	courseAction,
	courseCompletion,
	finishedScenarios,
	gatherMistakes,
	hoursAndMinutes,
	lessonState,
	moduleProgress,
	type DashCourse,
	type LessonState,
} from '../lib/progress/dashboard.ts';
import { formatDateLv } from '../lib/deadlines/working-days.ts';
import { createT } from '../i18n/t.ts';
import { courseStrings } from '../i18n/lv/course.ts';
import { scenarioStrings } from '../i18n/lv/scenario.ts';
import { tDash } from '../i18n/lv/dashboard.ts';
import { resultText } from './progress-text.ts';

const t = createT({ ...courseStrings, ...scenarioStrings });

export type CourseProgressProps = { course: DashCourse };

const day = (iso: string) => formatDateLv(iso.slice(0, 10));

/**
 * The course dashboard: "Sākt"/"Turpināt" to the next lesson not done, each module's progress, the
 * lessons with done marks and first-attempt scores, the scenarios finished, the checks changed since
 * they were answered, and the completion summary once every lesson is done. The server render (and
 * a visit without JavaScript) shows the course as not started.
 */
export default function CourseProgress({ course }: CourseProgressProps) {
	const stored = useStore($progress);
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const p = hydrated ? stored : emptyProgress();
	const { lessons, scenarios } = course;
	const action = courseAction(p, lessons);
	const modules = moduleProgress(p, course);
	const states = lessons.map((l) => lessonState(p, l));
	const done = states.filter((s) => s.doneAt).length;
	const finished = finishedScenarios(p, scenarios);
	const changed = changedLessons(p, lessons);
	const mistakes = gatherMistakes(
		p,
		lessons.map((l) => ({ ...l, course: course.id, questions: l.questionIds.map((id) => ({ id })) })),
	);
	const completion = courseCompletion(p, course);
	const time = completion && hoursAndMinutes(completion.minutes);

	return (
		<div class="dashboard">
			<p class="button-row dashboard__action">
				{action.kind === 'start' && (
					<a class="button" href={action.lesson.url}>
						{tDash('dash.start')}
					</a>
				)}
				{action.kind === 'continue' && (
					<a class="button" href={action.lesson.url}>
						{tDash('dash.continue', { title: action.lesson.title })}
					</a>
				)}
				{action.kind === 'complete' && (
					<a class="button" href="#kopsavilkums">
						{tDash('dash.completeLink')}
					</a>
				)}
				{mistakes.length > 0 && (
					<a class="button secondary" href="/progress/kludas/">
						{tDash('dash.mistakesLink', { n: mistakes.length })}
					</a>
				)}
			</p>
			{changed.length > 0 && (
				<div class="callout warning dashboard__changed" role="note">
					<p>
						<strong>{tDash('dash.changedTitle')}</strong> {tDash('dash.changedLead')}
					</p>
					<ul>
						{changed.map((l) => (
							<li key={l.id}>
								{l.title}: <a href={`${l.url}#zinasanu-parbaude`}>{tDash('dash.retake')}</a>
							</li>
						))}
					</ul>
				</div>
			)}
			{completion && time && (
				<section class="completion print-block" id="kopsavilkums" aria-labelledby="kopsavilkums-title">
					<h2 id="kopsavilkums-title">{tDash('dash.completeTitle')}</h2>
					<p>{tDash('dash.completeLead')}</p>
					<div class="table-scroll" tabIndex={0} role="region" aria-labelledby="kopsavilkums-title">
						<table>
							<thead>
								<tr>
									<th scope="col">{tDash('dash.colLesson')}</th>
									<th scope="col">{tDash('dash.colDone')}</th>
									<th scope="col">{tDash('dash.colScore')}</th>
								</tr>
							</thead>
							<tbody>
								{completion.lessons.map((s) => (
									<tr key={s.lesson.id}>
										<th scope="row">
											<a href={s.lesson.url}>{s.lesson.title}</a>
										</th>
										<td>{s.doneAt ? day(s.doneAt) : ''}</td>
										<td>
											{resultText(s) ?? tDash('dash.noScore')}
											{s.changed && <> · {tDash('dash.changedMark')}</>}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					<ul>
						{completion.total > 0 && (
							<li>{tDash('dash.totalScore', { score: completion.score, total: completion.total })}</li>
						)}
						<li>{tDash('dash.dates', { from: day(completion.from), to: day(completion.to) })}</li>
						<li>{tDash('dash.totalTime', time)}</li>
						{scenarios.length > 0 && (
							<li>{tDash('dash.scenariosDone', { done: finished.length, total: scenarios.length })}</li>
						)}
					</ul>
					<p>
						<a href="/progress/#kopsavilkums-druka">{tDash('dash.printLink')}</a>
					</p>
				</section>
			)}
			<h2>{t('course.lessons')}</h2>
			<p>
				<label for="course-progress">{t('course.progress', { done, total: lessons.length })}</label>{' '}
				<progress id="course-progress" max={lessons.length} value={done} />
			</p>
			{modules.length === 1 && modules[0]!.title && (
				<p class="meta">{tDash('dash.moduleProgress', modules[0]!)}</p>
			)}
			{modules.length === 1 ? (
				<LessonCards states={states} />
			) : (
				modules.map((m) => (
					<section
						class="dashboard__module"
						key={m.id}
						data-module={m.id}
						aria-labelledby={`modulis-${m.id}`}
					>
						<h3 id={`modulis-${m.id}`}>{tDash('dash.moduleTitle', m)}</h3>
						{m.total > 0 ? (
							<>
								<p class="meta">{tDash('dash.moduleDone', m)}</p>
								<LessonCards states={states.filter((s) => s.lesson.module === m.id)} />
							</>
						) : (
							<p class="meta">{tDash('dash.modulePreparing')}</p>
						)}
					</section>
				))
			)}
			{scenarios.length > 0 && (
				<>
					<h2>{t('scenario.listTitle')}</h2>
					<p>{t('course.scenariosLead')}</p>
					<p>{tDash('dash.scenariosDone', { done: finished.length, total: scenarios.length })}</p>
					<ul class="card-list">
						{scenarios.map((s) => {
							const f = finished.find((x) => x.scenario.id === s.id);
							return (
								<li class="card" key={s.id} data-scenario={s.id}>
									<a href={s.url}>{s.title}</a>{' '}
									<span class="meta">· {t('scenario.minutes', { minutes: s.minutes })}</span>{' '}
									{f ? (
										<span class="badge done">
											{tDash('dash.scenarioFinished', { date: day(f.at), ending: f.ending })}
										</span>
									) : (
										<span class="meta">· {tDash('dash.scenarioNotPlayed')}</span>
									)}
								</li>
							);
						})}
					</ul>
				</>
			)}
		</div>
	);
}

/** The lesson cards of a course or a module: done marks, first-attempt results, changed checks. */
function LessonCards({ states }: { states: LessonState[] }) {
	return (
		<ol class="card-list">
			{states.map((s) => {
				const check = resultText(s);
				return (
					<li class="card" key={s.lesson.id} data-lesson={s.lesson.id}>
						<a href={s.lesson.url}>{s.lesson.title}</a>{' '}
						<span class="meta">· {t('course.minutes', { minutes: s.lesson.minutes })}</span>{' '}
						{s.doneAt && <span class="badge done">{t('course.done')}</span>}{' '}
						{check && <span class="meta">· {check}</span>}
						{s.changed && (
							<>
								{' '}
								<span class="badge warn">{tDash('dash.changedMark')}</span>
							</>
						)}
					</li>
				);
			})}
		</ol>
	);
}
