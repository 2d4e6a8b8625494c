import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $progress } from '../stores/progress.ts';
import { gatherMistakes, type ReviewLesson } from '../lib/progress/dashboard.ts';
import { tDash } from '../i18n/lv/dashboard.ts';
import { createT } from '../i18n/t.ts';
import { checkStrings } from '../i18n/lv/check.ts';

const t = createT(checkStrings);

type Question = {
	id: string;
	question: string;
	options: { text: string; correct?: boolean; feedback: string }[];
};

/** Lessons with their questions; feedback already without its leading verdict (the page strips it). */
export type MistakesReviewProps = { lessons: ReviewLesson<Question>[] };

/**
 * "Atkārtot kļūdas": the questions answered wrongly at the first attempt, across lessons and courses,
 * to answer again. Nothing here is stored: practice never changes a score. The list is the one taken
 * when the page opened, so a question stays while it is being practised.
 */
export default function MistakesReview({ lessons }: MistakesReviewProps) {
	const stored = useStore($progress);
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const [picked, setPicked] = useState<Record<string, number | null>>({});
	const [shown, setShown] = useState<Record<string, boolean>>({});
	if (!hydrated) return <p class="meta">{t('check.needsJs')}</p>;
	const mistakes = gatherMistakes(stored, lessons);
	if (!mistakes.length) return <p>{tDash('mistakes.none')}</p>;
	return (
		<div class="kc-body mistakes">
			<p>{tDash('mistakes.count', { n: mistakes.length })}</p>
			{mistakes.map(({ lesson, question: q }, qi) => {
				const key = `${lesson.id}#${q.id}`;
				const choice = picked[key] ?? null;
				const answered = !!shown[key] && choice != null;
				const opt = choice != null ? q.options[choice] : undefined;
				const right = q.options.find((o) => o.correct);
				const name = `m-${key.replace(/\W/g, '-')}`;
				return (
					<fieldset key={key} data-question={key}>
						<legend>
							{qi + 1}. {q.question}
						</legend>
						<p class="meta">
							{tDash('mistakes.from')}: <a href={lesson.url}>{lesson.title}</a> · {lesson.course}
						</p>
						{q.options.map((o, oi) => (
							<label key={oi} class={answered && o.correct ? 'kc-correct' : undefined}>
								<input
									type="radio"
									name={name}
									value={String(oi)}
									checked={choice === oi}
									disabled={answered}
									onChange={() => setPicked({ ...picked, [key]: oi })}
								/>
								<span>{o.text}</span>
							</label>
						))}
						{answered ? (
							<button
								type="button"
								class="button secondary"
								onClick={() => {
									setPicked({ ...picked, [key]: null });
									setShown({ ...shown, [key]: false });
								}}
							>
								{tDash('mistakes.again')}
							</button>
						) : (
							<button
								type="button"
								class="button secondary"
								disabled={choice == null}
								onClick={() => setShown({ ...shown, [key]: true })}
							>
								{tDash('mistakes.check')}
							</button>
						)}
						<div role="status" aria-live="polite">
							{answered && opt && (
								<div class={`feedback ${opt.correct ? 'ok' : 'no'}`}>
									<p>
										<strong>{opt.correct ? tDash('mistakes.correct') : tDash('mistakes.incorrect')}</strong>{' '}
										{opt.feedback}
									</p>
									{!opt.correct && right && (
										<p>
											<strong>{tDash('mistakes.rightAnswer')}:</strong> {right.text}
										</p>
									)}
									<p class="meta">{tDash('mistakes.practice')}</p>
								</div>
							)}
						</div>
					</fieldset>
				);
			})}
		</div>
	);
}
