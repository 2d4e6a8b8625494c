import { useEffect, useRef, useState } from 'preact/hooks';
import { useFocusOnChange } from './use-focus-on-change.ts';
import type { Flow } from '../lib/algorithm/types.ts';
import {
	currentStep,
	follow,
	isTerminal,
	nodeById,
	outgoing,
	startWalk,
	stepBack,
} from '../lib/algorithm/walk.ts';
import type { HolidayTable } from '../lib/deadlines/working-days.ts';
import DeadlineCalculator from './DeadlineCalculator.tsx';
import { markDiagram } from './mark-diagram.ts';
import { t, type UiKey } from '../i18n/lv.ts';
import { youAreHere } from '../i18n/lv/diagram.ts';

export type AlgorithmStepperProps = {
	flowId: string;
	flow: Flow & { footnotes?: { id: string; mark: string; text: string }[] };
	holidays: HolidayTable;
	range: { from: number; to: number };
	/** Heading level of the current step's title (4 inside a lesson, 3 on a tool page). */
	headingLevel?: 3 | 4;
};

/** Step-through of an action algorithm: current step, one button per branch, path, back, restart. */
export default function AlgorithmStepper({
	flowId,
	flow,
	holidays,
	range,
	headingLevel = 4,
}: AlgorithmStepperProps) {
	const Heading = headingLevel === 3 ? 'h3' : 'h4';
	const [state, setState] = useState(() => startWalk(flow));
	const [hydrated, setHydrated] = useState(false);
	const headingRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => setHydrated(true), []);
	useFocusOnChange(headingRef, state);
	const go = setState;
	const step = currentStep(flow, state);
	// Mark "you are here" and the steps walked on the diagram beside this stepper.
	useEffect(() => {
		const figure = headingRef.current?.closest('[data-algorithm]')?.querySelector('[data-diagram]') ?? null;
		markDiagram(figure, step.id, state.path, youAreHere(step.title));
	}, [state]);
	const edges = outgoing(flow, step.id);
	const terminal = isTerminal(flow, state);
	const notes = (step.footnotes ?? []).map((id) => flow.footnotes?.find((f) => f.id === id)).filter(Boolean);

	return (
		<section class="stepper" aria-labelledby={`${flowId}-step-title`} data-step={step.id}>
			<p class="stepper__type">
				{t('algo.current')} · {t(`algo.type.${step.type}` as UiKey)}
			</p>
			<Heading id={`${flowId}-step-title`} tabIndex={-1} ref={headingRef}>
				{step.title}
			</Heading>
			{step.text && <p>{step.text}</p>}
			{step.checklist && (
				<ul>
					{step.checklist.map((c) => (
						<li key={c}>{c}</li>
					))}
				</ul>
			)}
			{step.deadline && (
				<DeadlineCalculator days={step.deadline.workingDays} holidays={holidays} range={range} />
			)}
			{notes.map((f) => (
				<p class="meta" key={f!.id}>
					{f!.mark} {f!.text}
				</p>
			))}
			{step.lines && <p class="meta">{t('algo.lines', { lines: step.lines })}</p>}
			{terminal ? (
				<p role="status">
					<strong>{t('algo.end')}</strong>
				</p>
			) : (
				<fieldset class="choices-group">
					<legend>{edges.length > 1 ? t('algo.choose') : t('algo.continue')}</legend>
					<div class="choices">
						{edges.map((e) => (
							<button
								type="button"
								class="button secondary"
								key={e.to}
								disabled={!hydrated}
								onClick={() => go(follow(flow, state, e.to))}
							>
								{e.label
									? `${e.label} → ${nodeById(flow, e.to).title}`
									: `${t('algo.continue')}: ${nodeById(flow, e.to).title}`}
								{e.uncertain && <span class="tag-uncertain"> ({t('algo.uncertain')})</span>}
							</button>
						))}
					</div>
				</fieldset>
			)}
			<div class="button-row">
				<button
					type="button"
					class="button secondary"
					disabled={!hydrated || state.path.length < 2}
					onClick={() => go(stepBack(state))}
				>
					← {t('algo.back')}
				</button>
				<button
					type="button"
					class="button secondary"
					disabled={!hydrated || state.path.length < 2}
					onClick={() => go(startWalk(flow))}
				>
					{t('algo.restart')}
				</button>
			</div>
			<details class="path" open={state.path.length > 1}>
				<summary>{t('algo.path')}</summary>
				{state.path.length > 1 ? (
					<ol>
						{state.path.map((id, i) => (
							<li key={`${id}-${i}`}>{nodeById(flow, id).title}</li>
						))}
					</ol>
				) : (
					<p>{t('algo.pathEmpty')}</p>
				)}
			</details>
		</section>
	);
}
