import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { createT } from '../i18n/t.ts';
import { checkStrings } from '../i18n/lv/check.ts';
import { tOrder } from '../i18n/lv/order.ts';
import { $progress, recordFirstAttempt, startRetake } from '../stores/progress.ts';
import { checkSummary, isCheckChanged } from '../lib/progress/codec.ts';
import { stripVerdict } from '../lib/progress/check.ts';
import { tDashCheck } from '../i18n/lv/dashboard-check.ts';
import { CitedText } from './parts/CitedText.tsx';

const t = createT(checkStrings);

export type KnowledgeCheckProps = {
	/** Lesson id the result is stored under. */
	lessonId: string;
	/**
	 * Questions with their stable ids, options already in display order (the page orders them at
	 * build time, `lib/shuffle/checks.ts`, so the server HTML and the island agree). Exactly one
	 * option is correct. Citations are resolved by the page (encodeDeep, src/lib/cite/marker.ts).
	 */
	questions: {
		id: string;
		question: string;
		options: { text: string; correct?: boolean; feedback: string }[];
	}[];
	/** The check's content hash (`lib/progress/check-hash.ts`), stored with the first attempts. */
	hash?: string;
};

/**
 * Multiple-choice knowledge check. The server render shows every question and option (so it
 * reads without JavaScript); answering and feedback need hydration, so the buttons are disabled
 * until then.
 *
 * The stored score counts FIRST attempts: the first check of each question is saved in progress.
 * After an answer the correct option is marked and the question can be tried again for practice;
 * a retry never changes the stored score.
 */
export default function KnowledgeCheck({ lessonId, questions, hash }: KnowledgeCheckProps) {
	const progress = useStore($progress);
	const [hydrated, setHydrated] = useState(false);
	const [picked, setPicked] = useState<(number | null)[]>(() => questions.map(() => null));
	const [shown, setShown] = useState<boolean[]>(() => questions.map(() => false));
	/** Whether the answer on screen is practice (the question already had a first attempt). */
	const [practice, setPractice] = useState<boolean[]>(() => questions.map(() => false));
	useEffect(() => setHydrated(true), []);
	/** After an answer is checked, focus moves to its feedback (question index, or null). */
	const [focusQ, setFocusQ] = useState<number | null>(null);
	const feedbackRefs = useRef<(HTMLDivElement | null)[]>([]);
	useEffect(() => {
		if (focusQ != null) feedbackRefs.current[focusQ]?.focus();
	}, [focusQ]);

	const ids = questions.map((q) => q.id);
	const changed = hydrated && !!hash && isCheckChanged(progress, lessonId, hash);
	const old = changed ? checkSummary(progress, lessonId) : null;
	const summary = hydrated && !changed ? checkSummary(progress, lessonId, ids) : null;
	const complete = summary !== null && !summary.earlier && summary.answered === questions.length;
	const set = <T,>(fn: (f: (s: T[]) => T[]) => void, qi: number, v: T) =>
		fn((s) => s.map((x, i) => (i === qi ? v : x)));

	const check = (qi: number) => {
		const q = questions[qi]!;
		const choice = picked[qi];
		if (choice == null) return;
		const already = changed || !!$progress.get().checks[lessonId]?.first[q.id];
		set(setPractice, qi, already);
		if (!already) recordFirstAttempt(lessonId, q.id, !!q.options[choice]?.correct, questions.length, hash);
		set(setShown, qi, true);
		setFocusQ(qi);
	};
	const retryQuestion = (qi: number) => {
		set(setPicked, qi, null);
		set(setShown, qi, false);
		setFocusQ(null);
	};
	const retryAll = () => {
		setPicked(questions.map(() => null));
		setShown(questions.map(() => false));
		setFocusQ(null);
	};
	const retake = () => {
		if (hash) startRetake(lessonId, hash);
		retryAll();
	};

	return (
		<div class="kc-body">
			<p>{t('check.intro')}</p>
			{!hydrated && <p class="meta">{t('check.needsJs')}</p>}
			{changed && old && (
				<div class="callout warning kc-changed" role="note">
					<p>{tDashCheck('dashCheck.changed', { score: old.score, total: old.total })}</p>
					<button type="button" class="button" onClick={retake}>
						{tDashCheck('dashCheck.retake')}
					</button>
				</div>
			)}
			{questions.map((q, qi) => {
				const name = `${lessonId.replace(/\W/g, '-')}-${q.id}`;
				const choice = picked[qi];
				const answered = shown[qi] && choice != null;
				const opt = choice != null ? q.options[choice] : undefined;
				const right = q.options.find((o) => o.correct);
				return (
					<fieldset key={q.id} data-question={q.id}>
						<legend>
							<span class="visually-hidden">
								{t('check.question', { n: qi + 1, total: questions.length })}:{' '}
							</span>
							{qi + 1}. <CitedText text={q.question} />
						</legend>
						{q.options.map((o, oi) => (
							<label key={oi} class={answered && o.correct ? 'kc-correct' : undefined}>
								<input
									type="radio"
									name={name}
									value={String(oi)}
									checked={choice === oi}
									disabled={!hydrated || shown[qi]}
									onChange={() => set(setPicked, qi, oi)}
								/>
								<span>{o.text}</span>
								{answered && o.correct && (
									<span class="kc-correct__mark">✓ {tOrder('order.rightAnswer')}</span>
								)}
							</label>
						))}
						{answered ? (
							<button type="button" class="button secondary" onClick={() => retryQuestion(qi)}>
								{tOrder('order.retryQuestion')}
							</button>
						) : (
							<button
								type="button"
								class="button secondary"
								disabled={!hydrated || choice == null}
								onClick={() => check(qi)}
							>
								{t('check.submit')}
							</button>
						)}
						<div role="status" aria-live="polite">
							{answered && opt && (
								<div
									class={`feedback ${opt.correct ? 'ok' : 'no'}`}
									tabIndex={-1}
									ref={(el) => {
										feedbackRefs.current[qi] = el;
									}}
								>
									<p>
										<strong>{opt.correct ? t('check.correct') : t('check.incorrect')}</strong>{' '}
										<CitedText text={stripVerdict(opt.feedback)} />
									</p>
									{!opt.correct && right && (
										<p>
											<strong>{tOrder('order.rightAnswer')}:</strong> {right.text}
										</p>
									)}
									{practice[qi] && <p class="meta">{tOrder('order.practice')}</p>}
								</div>
							)}
						</div>
					</fieldset>
				);
			})}
			{complete && summary && (
				<div role="status" class="kc-result">
					<p>
						<strong>{tOrder('order.firstScore', { score: summary.score, total: summary.total })}</strong>{' '}
						{tOrder('order.firstSaved')}
					</p>
					<button type="button" class="button secondary" onClick={retryAll}>
						{tOrder('order.retryAll')}
					</button>
				</div>
			)}
		</div>
	);
}
