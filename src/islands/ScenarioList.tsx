import { useEffect, useState } from 'preact/hooks';
import { filterScenarios, lengthBand, type LengthBand } from '../lib/scenario-views/filter.ts';
import { createT } from '../i18n/t.ts';
import { scenarioStrings } from '../i18n/lv/scenario.ts';

const t = createT(scenarioStrings);

export type ScenarioListProps = {
	items: {
		id: string;
		title: string;
		course: string;
		courseTitle: string;
		topics: string[];
		minutes: number;
		goals: string[];
	}[];
};

/** Scenario cards with filters by course, topic and length (all shown before hydration). */
export default function ScenarioList({ items }: ScenarioListProps) {
	const [course, setCourse] = useState('');
	const [topic, setTopic] = useState('');
	const [length, setLength] = useState<LengthBand | ''>('');
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const courses = [...new Map(items.map((i) => [i.course, i.courseTitle])).entries()];
	const topics = [...new Set(items.flatMap((i) => i.topics))].sort();
	const shown = filterScenarios(items, { course, topic, length });
	return (
		<div>
			<form class="filters" aria-label={t('scenario.filters')} onSubmit={(e) => e.preventDefault()}>
				<div class="form-row">
					<label for="f-course">{t('scenario.filterCourse')}</label>
					<select
						id="f-course"
						value={course}
						disabled={!hydrated}
						onChange={(e) => setCourse((e.target as HTMLSelectElement).value)}
					>
						<option value="">{t('scenario.all')}</option>
						{courses.map(([id, title]) => (
							<option key={id} value={id}>
								{title}
							</option>
						))}
					</select>
				</div>
				<div class="form-row">
					<label for="f-topic">{t('scenario.filterTopic')}</label>
					<select
						id="f-topic"
						value={topic}
						disabled={!hydrated}
						onChange={(e) => setTopic((e.target as HTMLSelectElement).value)}
					>
						<option value="">{t('scenario.all')}</option>
						{topics.map((tp) => (
							<option key={tp} value={tp}>
								{tp.replace(/-/g, ' ')}
							</option>
						))}
					</select>
				</div>
				<div class="form-row">
					<label for="f-length">{t('scenario.filterLength')}</label>
					<select
						id="f-length"
						value={length}
						disabled={!hydrated}
						onChange={(e) => setLength((e.target as HTMLSelectElement).value as LengthBand | '')}
					>
						<option value="">{t('scenario.all')}</option>
						<option value="short">{t('scenario.lengthShort')}</option>
						<option value="medium">{t('scenario.lengthMedium')}</option>
						<option value="long">{t('scenario.lengthLong')}</option>
					</select>
				</div>
			</form>
			<p role="status">{t('scenario.shown', { count: shown.length, total: items.length })}</p>
			{shown.length === 0 && <p>{t('scenario.none')}</p>}
			<ul class="card-list">
				{shown.map((s) => (
					<li class="card" key={s.id} data-length={lengthBand(s.minutes)}>
						<h2>
							<a href={`/scenariji/${s.id}/`}>{s.title}</a>
						</h2>
						<p class="meta">
							{s.courseTitle} · {t('scenario.minutes', { minutes: s.minutes })} ·{' '}
							{s.topics.map((x) => x.replace(/-/g, ' ')).join(', ')}
						</p>
						<ul>
							{s.goals.map((g) => (
								<li key={g}>{g}</li>
							))}
						</ul>
						<p>
							<a href={`/scenariji/${s.id}/vaditajam/`}>{t('scenario.facilitator')}</a> ·{' '}
							<a href={`/scenariji/${s.id}/izdale/`}>{t('scenario.handout')}</a>
						</p>
					</li>
				))}
			</ul>
		</div>
	);
}
