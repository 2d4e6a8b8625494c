import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $progress, importProgress, resetProgress } from '../stores/progress.ts';
import { emptyProgress, encodeProgress } from '../lib/progress/codec.ts';
import { checkResultText } from './progress-text.ts';
import { formatDateLv } from '../lib/deadlines/working-days.ts';
import { createT } from '../i18n/t.ts';
import { progressStrings } from '../i18n/lv/progress.ts';
import { downloadText } from './download.ts';

const t = createT(progressStrings);

export type ProgressPanelProps = {
	lessons: { id: string; title: string; url: string }[];
	scenarios: { id: string; title: string; url: string; endings: Record<string, string> }[];
};

const day = (iso: string) => formatDateLv(iso.slice(0, 10));

/** My progress: lessons done, check results, scenarios finished; export, import, reset. */
export default function ProgressPanel({ lessons, scenarios }: ProgressPanelProps) {
	const progress = useStore($progress);
	const [hydrated, setHydrated] = useState(false);
	const [message, setMessage] = useState('');
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
	return (
		<div>
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
	);
}
