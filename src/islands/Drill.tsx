import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createT } from '../i18n/t.ts';
import { drillStrings } from '../i18n/lv/drill.ts';
import {
	confusion,
	currentCard,
	next,
	pickCategory,
	pickResponse,
	responseOrders,
	result,
	start,
	type DrillState,
} from '../lib/drill/session.ts';
import { positionLetter } from '../lib/shuffle/seeded.ts';
import { recordDrill } from '../stores/progress.ts';
import { CitedText } from './parts/CitedText.tsx';
import { useFocusOnChange } from './use-focus-on-change.ts';

const t = createT(drillStrings);

export type DrillProps = {
	toolId: string;
	categories: { id: string; title: string }[];
	cards: {
		id: string;
		text: string;
		category: string;
		why: string;
		responses: { text: string; correct: boolean; feedback: string }[];
	}[];
	/** Level of the island's headings (3 inside a lesson section, 2 on the tool page). */
	headingLevel?: 2 | 3;
};

/**
 * The practice deck of a drill tool: the learner sorts each statement into a category, then picks
 * the best response; feedback on both; a summary with the confusion tally. The rules are in
 * src/lib/drill (this only renders the state and dispatches actions). Nothing is kept except the
 * first result, which goes to progress.
 */
export default function Drill({ toolId, categories, cards, headingLevel = 2 }: DrillProps) {
	const def = useMemo(() => ({ categories, cards }), [categories, cards]);
	const orders = useMemo(() => responseOrders(toolId, def), [toolId, def]);
	const [state, setState] = useState<DrillState>(() => start(toolId, def));
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const H = headingLevel === 3 ? 'h4' : 'h3';
	const focusRef = useRef<HTMLElement>(null);
	useFocusOnChange(focusRef, `${state.index}:${state.phase}`);

	const title = (id: string) => categories.find((c) => c.id === id)?.title ?? id;
	/** The title inside a sentence: "Izmaiņu saglabāšanas stadija" → "izmaiņu saglabāšanas stadija". */
	const inSentence = (id: string) => title(id).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('lv'));
	const cardId = currentCard(state);
	const card = cards.find((c) => c.id === cardId);
	const order = card ? orders[card.id]! : [];
	const last = state.answers.at(-1);

	const onNext = () => {
		const s = next(state);
		if (s.phase === 'done') {
			const r = result(s.answers);
			recordDrill(toolId, r.correct, r.total);
		}
		setState(s);
	};

	if (state.phase === 'done') {
		const r = result(state.answers);
		const rows = confusion(state.answers);
		return (
			<div class="drill" data-tool={toolId} data-phase="done">
				<H ref={focusRef as never} tabIndex={-1}>
					{t('drill.summary')}
				</H>
				<p class="drill-result">{t('drill.resultAll', { correct: r.correct, total: r.total })}</p>
				<p>{t('drill.resultParts', { categories: r.categories, responses: r.responses })}</p>
				<p class="meta">{t('drill.saved')}</p>
				<p>
					<strong>{t('drill.confusion')}</strong>
				</p>
				{rows.length === 0 ? (
					<p>{t('drill.confusionNone')}</p>
				) : (
					<div class="table-wrap">
						<table class="drill-confusion">
							<thead>
								<tr>
									<th scope="col">{t('drill.expected')}</th>
									<th scope="col">{t('drill.chosen')}</th>
									<th scope="col">{t('drill.count')}</th>
								</tr>
							</thead>
							<tbody>
								{rows.map((row) => (
									<tr key={`${row.expected}-${row.chosen}`}>
										<td>{title(row.expected)}</td>
										<td>{title(row.chosen)}</td>
										<td>{row.count}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
				<button type="button" class="button secondary" onClick={() => setState(start(toolId, def))}>
					{t('drill.restart')}
				</button>
				<p class="meta">{t('drill.restartNote')}</p>
			</div>
		);
	}
	if (!card) return null;

	const chosen = last && state.phase === 'feedback' ? card.responses[last.response] : undefined;
	const best = card.responses.find((r) => r.correct)!;
	return (
		<div class="drill" data-tool={toolId} data-phase={state.phase}>
			<p class="meta drill-count" aria-live="polite">
				{t('drill.card', { n: state.index + 1, total: state.order.length })}
			</p>
			<blockquote class="drill-statement">
				<p>{card.text}</p>
			</blockquote>
			{state.phase === 'stage' && (
				<fieldset class="drill-choices">
					<legend>
						<H ref={focusRef as never} tabIndex={-1} class="drill-legend">
							{t('drill.pickStage')}
						</H>
					</legend>
					<ul class="drill-options">
						{categories.map((c) => (
							<li key={c.id}>
								<button
									type="button"
									class="button secondary drill-option"
									data-category={c.id}
									disabled={!hydrated}
									onClick={() => setState(pickCategory(state, def, c.id))}
								>
									{c.title}
								</button>
							</li>
						))}
					</ul>
				</fieldset>
			)}
			{state.phase === 'response' && (
				<>
					<p>{t('drill.yourStage', { stage: title(state.pick!) })}</p>
					<fieldset class="drill-choices">
						<legend>
							<H ref={focusRef as never} tabIndex={-1} class="drill-legend">
								{t('drill.pickResponse')}
							</H>
						</legend>
						<ul class="drill-options">
							{order.map((i, pos) => (
								<li key={i}>
									<button
										type="button"
										class="button secondary drill-option drill-response"
										data-response={i}
										onClick={() => setState(pickResponse(state, def, i))}
									>
										<span class="drill-letter">{positionLetter(pos)}</span>{' '}
										<CitedText text={card.responses[i]!.text} only="text" />
									</button>
								</li>
							))}
						</ul>
					</fieldset>
				</>
			)}
			{state.phase === 'feedback' && last && chosen && (
				<section class="drill-feedback" aria-labelledby={`${toolId}-feedback`}>
					<H id={`${toolId}-feedback`} ref={focusRef as never} tabIndex={-1}>
						{t('drill.feedback')}
					</H>
					<p>
						<strong class={last.expected === last.chosen ? 'drill-right' : 'drill-wrong'}>
							{last.expected === last.chosen
								? t('drill.stageRight', { stage: inSentence(last.expected) })
								: t('drill.stageWrong', { chosen: title(last.chosen), stage: inSentence(last.expected) })}
						</strong>{' '}
						<CitedText text={card.why} />
					</p>
					<p>
						<strong class={last.responseCorrect ? 'drill-right' : 'drill-wrong'}>
							{last.responseCorrect ? t('drill.responseRight') : t('drill.responseWrong')}
						</strong>
					</p>
					<dl class="drill-why">
						<dt>{t('drill.yourResponse')}</dt>
						<dd>
							<CitedText text={chosen.text} /> <br />
							<CitedText text={chosen.feedback} />
						</dd>
						{!last.responseCorrect && (
							<>
								<dt>{t('drill.bestResponse')}</dt>
								<dd>
									<CitedText text={best.text} /> <br />
									<CitedText text={best.feedback} />
								</dd>
							</>
						)}
					</dl>
					<button type="button" class="button drill-next" onClick={onNext}>
						{state.index + 1 >= state.order.length ? t('drill.finish') : t('drill.next')}
					</button>
				</section>
			)}
		</div>
	);
}
