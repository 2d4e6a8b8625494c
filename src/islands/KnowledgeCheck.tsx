import { useEffect, useState } from 'preact/hooks';
import { createT } from '../i18n/t.ts';
import { checkStrings } from '../i18n/lv/check.ts';
import { recordCheck } from '../stores/progress.ts';
import { scoreAnswers, stripVerdict } from '../lib/progress/check.ts';

const t = createT(checkStrings);

export type KnowledgeCheckProps = {
	/** Lesson id the result is stored under. */
	lessonId: string;
	/** Questions with options; exactly one option is correct. */
	questions: { question: string; options: { text: string; correct?: boolean; feedback: string }[] }[];
};

/**
 * Multiple-choice knowledge check. The server render shows every question and option (so it
 * reads without JavaScript); answering and feedback need hydration, so the submit button is
 * disabled until then.
 */
export default function KnowledgeCheck({ lessonId, questions }: KnowledgeCheckProps) {
	const [hydrated, setHydrated] = useState(false);
	const [picked, setPicked] = useState<(number | null)[]>(() => questions.map(() => null));
	const [shown, setShown] = useState<boolean[]>(() => questions.map(() => false));
	useEffect(() => setHydrated(true), []);

	const allShown = shown.every(Boolean);
	const score = scoreAnswers(questions, picked);

	useEffect(() => {
		if (hydrated && allShown) recordCheck(lessonId, score, questions.length);
	}, [allShown]);

	const check = (qi: number) => setShown((s) => s.map((v, i) => (i === qi ? true : v)));
	const retry = () => {
		setPicked(questions.map(() => null));
		setShown(questions.map(() => false));
	};

	return (
		<div class="kc-body">
			<p>{t('check.intro')}</p>
			{!hydrated && <p class="meta">{t('check.needsJs')}</p>}
			{questions.map((q, qi) => {
				const name = `${lessonId.replace(/\W/g, '-')}-q${qi}`;
				const choice = picked[qi];
				const answered = shown[qi] && choice != null;
				const opt = choice != null ? q.options[choice] : undefined;
				return (
					<fieldset key={qi}>
						<legend>
							<span class="visually-hidden">
								{t('check.question', { n: qi + 1, total: questions.length })}:{' '}
							</span>
							{qi + 1}. {q.question}
						</legend>
						{q.options.map((o, oi) => (
							<label key={oi}>
								<input
									type="radio"
									name={name}
									value={String(oi)}
									checked={choice === oi}
									disabled={!hydrated || shown[qi]}
									onChange={() => setPicked((p) => p.map((v, i) => (i === qi ? oi : v)))}
								/>
								<span>{o.text}</span>
							</label>
						))}
						<button
							type="button"
							class="button secondary"
							disabled={!hydrated || choice == null || shown[qi]}
							onClick={() => check(qi)}
						>
							{t('check.submit')}
						</button>
						<div role="status" aria-live="polite">
							{answered && opt && (
								<p class={`feedback ${opt.correct ? 'ok' : 'no'}`}>
									<strong>{opt.correct ? t('check.correct') : t('check.incorrect')}</strong>{' '}
									{stripVerdict(opt.feedback)}
								</p>
							)}
						</div>
					</fieldset>
				);
			})}
			{allShown && (
				<div role="status">
					<p>
						<strong>{t('check.score', { score, total: questions.length })}</strong> {t('check.saved')}
					</p>
					<button type="button" class="button secondary" onClick={retry}>
						{t('check.retry')}
					</button>
				</div>
			)}
		</div>
	);
}
