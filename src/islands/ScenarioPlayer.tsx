import { useEffect, useRef } from 'preact/hooks';
import { CitedText } from './parts/CitedText.tsx';
import { useFocusOnChange, useKeepInView } from './use-focus-on-change.ts';
import { useStore } from '@nanostores/preact';
import type { Scenario, ScenarioState } from '../lib/scenario/types.ts';
import { currentNode, currentNodeId, isEnded, pathSummary, score } from '../lib/scenario/engine.ts';
import {
	$run,
	chooseOption,
	forgetStoredRun,
	initScenario,
	restartScenario,
	undoChoice,
} from '../stores/scenario.ts';
import { displayChoices } from '../lib/scenario-views/display.ts';
import { paragraphs } from '../lib/text/paragraphs.ts';
import { createT } from '../i18n/t.ts';
import { scenarioStrings } from '../i18n/lv/scenario.ts';

const t = createT(scenarioStrings);

export type ScenarioPlayerProps = {
	scenarioId: string;
	scenario: Scenario;
	/** Lesson id → title and URL, for debrief links. */
	lessons: Record<string, { title: string; url: string }>;
};

/**
 * Plays a scenario: narrative, choices as buttons, feedback announced after each choice,
 * undo, restart, resume, and a printable debrief at the end. Logic lives in lib/scenario.
 */
export default function ScenarioPlayer({ scenarioId, scenario, lessons }: ScenarioPlayerProps) {
	const run = useStore($run);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const feedbackRef = useRef<HTMLDivElement>(null);
	const pathLength = run ? run.state.path.length : null;

	useEffect(() => initScenario(scenario, scenarioId), []);
	// After a choice, undo or restart, focus the new step's heading (the path length changes).
	useFocusOnChange(headingRef, pathLength);
	// After a choice, keep its verdict in view: scroll the feedback to the top of the screen (on a
	// phone the heading's focus would otherwise scroll it away above the screen).
	useKeepInView(feedbackRef, pathLength);

	const ready = run !== null && run.id === scenarioId;
	const state = ready ? run.state : null;
	const node = state ? currentNode(scenario, state) : scenario.nodes[scenario.start]!;
	// The balanced order every view shares (the player shows no letters, but the same order).
	const choices = displayChoices(
		scenario,
		scenarioId,
		state ? currentNodeId(state) : scenario.start,
		state ?? undefined,
	).map((d) => d.choice);
	const ended = state ? isEnded(scenario, state) : false;
	const prevStep = state && state.path.length > 1 ? state.path[state.path.length - 2] : undefined;
	const prevChoice = prevStep
		? scenario.nodes[prevStep.node]?.choices?.find((c) => c.id === prevStep.choice)
		: undefined;
	const decisionNo = state ? state.path.length : 1;

	return (
		<div class="scenario-player" data-node={state ? currentNodeId(state) : scenario.start}>
			{ready && run.opened === 'resumed' && (
				<p class="callout" role="status">
					{t('scenario.resumed')}{' '}
					<button type="button" class="button secondary" onClick={forgetStoredRun}>
						{t('scenario.forget')}
					</button>
				</p>
			)}
			{ready && run.opened === 'stale' && (
				<p class="callout warning" role="status">
					{t('scenario.staleRun')}
				</p>
			)}
			<div aria-live="polite" class="scenario-feedback-region" ref={feedbackRef}>
				{prevChoice && (
					<section class={`scenario-feedback q-${prevChoice.quality}`} aria-label={t('scenario.feedback')}>
						<p class="scenario-feedback__title">
							<strong>{t('scenario.feedback')}:</strong>{' '}
							{t(`scenario.quality.${prevChoice.quality}` as keyof typeof scenarioStrings)}
						</p>
						<p>
							<CitedText text={prevChoice.feedback ?? ''} />
						</p>
						<p class="meta">
							{t('scenario.source')}: <CitedText text={prevChoice.source.note ?? ''} />
						</p>
					</section>
				)}
			</div>
			<h2 tabIndex={-1} ref={headingRef} class="scenario-heading">
				{!ended && <span class="meta">{t('scenario.step', { n: decisionNo })}: </span>}
				{node.title}
			</h2>
			{paragraphs(node.text).map((p, i) => (
				<p key={i}>
					<CitedText text={p} />
				</p>
			))}
			{!ended && (
				<fieldset class="choices-group">
					<legend>{t('scenario.whatDoYouDo')}</legend>
					<div class="choices">
						{choices.map((c) => (
							<button
								type="button"
								class="button secondary"
								key={c.id}
								disabled={!ready}
								onClick={() => chooseOption(c.id)}
							>
								{c.label}
							</button>
						))}
					</div>
				</fieldset>
			)}
			{ended && state && node.ending && <Debrief scenario={scenario} state={state} lessons={lessons} />}
			<div class="button-row no-print">
				<button
					type="button"
					class="button secondary"
					disabled={!ready || !state || state.path.length < 2}
					onClick={undoChoice}
				>
					← {t('scenario.back')}
				</button>
				<button
					type="button"
					class="button secondary"
					disabled={!ready || !state || state.path.length < 2}
					onClick={restartScenario}
				>
					{t('scenario.restart')}
				</button>
				{ended && (
					<button type="button" class="button" onClick={() => window.print()}>
						{t('scenario.printPath')}
					</button>
				)}
			</div>
		</div>
	);
}

function Debrief({
	scenario,
	state,
	lessons,
}: {
	scenario: Scenario;
	state: ScenarioState;
	lessons: ScenarioPlayerProps['lessons'];
}) {
	const node = currentNode(scenario, state);
	const ending = node.ending!;
	const steps = pathSummary(scenario, state);
	const counts = score(scenario, state);
	return (
		<section class={`debrief outcome-${ending.outcome}`} aria-labelledby="debrief-title">
			<p class={`badge outcome-${ending.outcome}`}>
				{t(`scenario.outcome.${ending.outcome}` as keyof typeof scenarioStrings)}
			</p>
			<p>
				<strong>
					<CitedText text={ending.summary} />
				</strong>
			</p>
			<h3 id="debrief-title">{t('scenario.debrief')}</h3>
			{paragraphs(ending.debrief).map((p, i) => (
				<p key={i}>
					<CitedText text={p} />
				</p>
			))}
			<p>
				{t('scenario.score', {
					recommended: counts.recommended,
					acceptable: counts.acceptable,
					harmful: counts.harmful,
				})}
			</p>
			<h3>{t('scenario.yourPath')}</h3>
			<ol class="debrief-path">
				{steps
					.filter((s) => s.choice)
					.map((s, i) => (
						<li key={i} class={`q-${s.quality}`}>
							<p>
								<strong>{s.nodeTitle}</strong>
							</p>
							<p>
								{t('scenario.yourChoice')}: {s.choice!.label} —{' '}
								<em>{t(`scenario.quality.${s.choice!.quality}` as keyof typeof scenarioStrings)}</em>
							</p>
							<p>
								<CitedText text={s.choice!.feedback ?? ''} />
							</p>
							{s.quality === 'recommended' ? (
								<p class="meta">{t('scenario.sameAsRecommended')}</p>
							) : (
								s.recommended.map((r) => (
									<p key={r.id}>
										{t('scenario.recommended')}: {r.label}{' '}
										<span class="meta">
											({t('scenario.source')}: <CitedText text={r.source.note ?? ''} />)
										</span>
									</p>
								))
							)}
							<p class="meta">
								{t('scenario.source')}: <CitedText text={s.choice!.source.note ?? ''} />
							</p>
						</li>
					))}
			</ol>
			{ending.lessons.length > 0 && (
				<>
					<h3>{t('scenario.learnMore')}</h3>
					<ul>
						{ending.lessons.map((id) => (
							<li key={id}>
								<a href={lessons[id]?.url ?? `/kursi/${id}/`}>{lessons[id]?.title ?? id}</a>
							</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
