import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $progress, importProgress, resetProgress } from '../stores/progress.ts';
import { emptyProgress, encodeProgress } from '../lib/progress/codec.ts';
import { checkResultText } from './progress-text.ts';
import { formatDateLv } from '../lib/deadlines/working-days.ts';
import { createT } from '../i18n/t.ts';
import { progressStrings } from '../i18n/lv/progress.ts';
import { downloadText } from './download.ts';
import { tDash } from '../i18n/lv/dashboard.ts';
import { finishedScenarios, lessonState, type DashCourse } from '../lib/progress/dashboard.ts';
import { resultText } from './progress-text.ts';

const t = createT(progressStrings);

export type ProgressPanelProps = {
	lessons: { id: string; title: string; url: string }[];
	scenarios: { id: string; title: string; url: string; endings: Record<string, string> }[];
	/** Drill tools (first-attempt results are kept in progress). */
	drills?: { id: string; title: string; url: string }[];
	/** Every course, for the printable summary. */
	courses: DashCourse[];
	/** The content version (date of the last content revision), printed on the summary. */
	contentVersion: string;
};

const day = (iso: string) => formatDateLv(iso.slice(0, 10));

/** My progress: lessons done, check results, scenarios finished; export, import, reset. */
export default function ProgressPanel({
	lessons,
	scenarios,
	drills = [],
	courses,
	contentVersion,
}: ProgressPanelProps) {
	const progress = useStore($progress);
	const [hydrated, setHydrated] = useState(false);
	const [message, setMessage] = useState('');
	/** A name for the printed summary: only on the page, never stored. */
	const [name, setName] = useState('');
	useEffect(() => setHydrated(true), []);
	const p = hydrated ? progress : emptyProgress();

	const exportFile = () =>
		downloadText('prakses-celvedis-progress.json', encodeProgress(progress), 'application/json');
	const importFile = async (e: Event) => {
		const file = (e.target as HTMLInputElement).files?.[0];
		if (!file) return;
		setMessage(importProgress(await file.text()) ? t('progress.importOk') : t('progress.importError'));
		(e.target as HTMLInputElement).value = '';
	};
	const reset = () => {
		if (window.confirm(t('progress.resetConfirm'))) {
			resetProgress();
			setMessage(t('progress.resetDone'));
		}
	};

	const doneLessons = lessons.filter((l) => l.id in p.lessons);
	const checked = lessons.filter((l) => checkResultText(p, l.id));
	const played = scenarios.filter((s) => p.scenarios[s.id]);
	const today = new Date().toISOString();
	const summary = (
		<section class="print-summary" id="kopsavilkums-druka" aria-labelledby="kopsavilkums-druka-title">
			<h2 id="kopsavilkums-druka-title" class="no-print">
				{tDash('summary.title')}
			</h2>
			<p class="no-print">{tDash('summary.lead')}</p>
			<p class="no-print">
				<label for="summary-name">{tDash('summary.name')}</label>
				<br />
				<input
					id="summary-name"
					type="text"
					autocomplete="name"
					value={name}
					onInput={(e) => setName((e.target as HTMLInputElement).value)}
				/>
			</p>
			<p class="no-print">
				<button type="button" class="button" disabled={!hydrated} onClick={() => window.print()}>
					{tDash('summary.print')}
				</button>
			</p>
			<div class="print-summary__sheet">
				<h2 class="print-summary__heading">{tDash('summary.heading')}</h2>
				<p>
					<strong>{tDash('summary.selfReported')}</strong>
				</p>
				<ul class="print-summary__meta">
					{name.trim() && <li>{tDash('summary.learner', { name: name.trim() })}</li>}
					<li>{tDash('summary.made', { date: day(today) })}</li>
					<li>{tDash('summary.version', { date: formatDateLv(contentVersion) })}</li>
				</ul>
				{courses.map((c) => {
					const states = c.lessons.map((l) => lessonState(p, l));
					const done = states.filter((s) => s.doneAt);
					const withResult = states.filter((s) => !s.doneAt && s.result);
					const fin = finishedScenarios(p, c.scenarios);
					return (
						<div key={c.id} class="print-summary__course" data-course={c.id}>
							<h3>
								{tDash('summary.course', { title: c.title, done: done.length, total: c.lessons.length })}
							</h3>
							{done.length + withResult.length ? (
								<ul>
									{[...done, ...withResult].map((s) => {
										const r = resultText(s);
										return (
											<li key={s.lesson.id}>
												{s.doneAt
													? tDash('summary.lessonRow', { title: s.lesson.title, date: day(s.doneAt) })
													: s.lesson.title}
												{r && <>; {tDash('summary.check', { result: r })}</>}
												{s.changed && <> ({tDash('dash.changedMark')})</>}
											</li>
										);
									})}
								</ul>
							) : (
								<p>{tDash('summary.none')}</p>
							)}
							{fin.length > 0 && (
								<>
									<h4>{tDash('summary.scenarios')}</h4>
									<ul>
										{fin.map((f) => (
											<li key={f.scenario.id}>
												{f.scenario.title}:{' '}
												{tDash('dash.scenarioFinished', { date: day(f.at), ending: f.ending })}
											</li>
										))}
									</ul>
								</>
							)}
						</div>
					);
				})}
			</div>
		</section>
	);

	return (
		<div>
			<div class="no-print">
				<h2>{t('progress.lessons')}</h2>
				{doneLessons.length ? (
					<ul>
						{doneLessons.map((l) => (
							<li key={l.id}>
								<a href={l.url}>{l.title}</a> — {t('progress.done')} {day(p.lessons[l.id]!)}
							</li>
						))}
					</ul>
				) : (
					<p>{t('progress.none')}</p>
				)}
				<h2>{t('progress.checks')}</h2>
				{checked.length ? (
					<ul>
						{checked.map((l) => (
							<li key={l.id}>
								<a href={l.url}>{l.title}</a> — {checkResultText(p, l.id)}
							</li>
						))}
					</ul>
				) : (
					<p>{t('progress.none')}</p>
				)}
				<h2>{t('progress.scenarios')}</h2>
				{played.length ? (
					<ul>
						{played.map((s) => (
							<li key={s.id}>
								<a href={s.url}>{s.title}</a> —{' '}
								{t('progress.scenarioResult', {
									ending: s.endings[p.scenarios[s.id]!.ending] ?? p.scenarios[s.id]!.ending,
								})}
							</li>
						))}
					</ul>
				) : (
					<p>{t('progress.none')}</p>
				)}
				{drills.length > 0 && (
					<>
						<h2>{t('progress.drills')}</h2>
						{drills.some((d) => p.drills[d.id]) ? (
							<ul>
								{drills
									.filter((d) => p.drills[d.id])
									.map((d) => (
										<li key={d.id}>
											<a href={d.url}>{d.title}</a> —{' '}
											{t('progress.drillResult', {
												correct: p.drills[d.id]!.correct,
												total: p.drills[d.id]!.total,
												date: formatDateLv(p.drills[d.id]!.at.slice(0, 10)),
											})}
										</li>
									))}
							</ul>
						) : (
							<p>{t('progress.none')}</p>
						)}
					</>
				)}
				<div class="button-row">
					<button type="button" class="button" disabled={!hydrated} onClick={exportFile}>
						{t('progress.export')}
					</button>
					<input
						id="progress-import"
						class="visually-hidden file-input"
						type="file"
						accept="application/json,.json"
						disabled={!hydrated}
						onChange={importFile}
					/>
					<label class="button secondary" for="progress-import">
						{t('progress.import')}
					</label>
					<button type="button" class="button danger" disabled={!hydrated} onClick={reset}>
						{t('progress.reset')}
					</button>
				</div>
				<p role="status">{message}</p>
			</div>
			{summary}
		</div>
	);
}
