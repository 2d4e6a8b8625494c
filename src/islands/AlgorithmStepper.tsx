import { useEffect, useRef, useState } from 'preact/hooks';
import { useFocusOnChange } from './use-focus-on-change.ts';
import type { Flow } from '../lib/algorithm/types.ts';
import { currentStep, follow, isTerminal, nodeById, outgoing, stepBack } from '../lib/algorithm/walk.ts';
import type { HolidayTable } from '../lib/deadlines/working-days.ts';
import {
	decodeWalk,
	encodeWalk,
	walkAsText,
	walkDeadline,
	type WalkRecord,
} from '../lib/algorithm/record.ts';
import { icsUid, toIcs } from '../lib/export/ics.ts';
import { useStore } from '@nanostores/preact';
import { storageKey, tabAtom } from '../stores/kept.ts';
import DeadlineCalculator from './DeadlineCalculator.tsx';
import { markDiagram } from './mark-diagram.ts';
import { youAreHere } from '../i18n/lv/diagram.ts';
import { copyText } from './parts/copy.ts';
import { downloadText } from './download.ts';
import { createT } from '../i18n/t.ts';
import { algoStrings } from '../i18n/lv/algo.ts';
import { deadlineStrings } from '../i18n/lv/deadline.ts';

const strings = { ...algoStrings, ...deadlineStrings };
const t = createT(strings);

export type AlgorithmStepperProps = {
	flowId: string;
	flow: Flow & { title: string; footnotes?: { id: string; mark: string; text: string }[] };
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
	// The walk and the date received are kept in this tab: they survive a reload; quick exit and
	// closing the tab clear them.
	const [$walk] = useState(() =>
		tabAtom<WalkRecord>(
			storageKey('algorithm', flowId, 1),
			{ path: [flow.start], received: '' },
			(raw) => decodeWalk(flow, raw),
			(r) => encodeWalk(flow, r),
		),
	);
	const walk = useStore($walk);
	const state = { path: walk.path };
	const [hydrated, setHydrated] = useState(false);
	const [message, setMessage] = useState('');
	const headingRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => {
		$walk.restore();
		setHydrated(true);
	}, []);
	// Focus follows the user's moves, not the restored walk (key null until hydrated).
	useFocusOnChange(headingRef, hydrated ? walk.path.join('>') : null);
	const go = (next: { path: string[] }) => {
		$walk.set({ ...$walk.get(), path: next.path });
		setMessage('');
	};
	const deadline = walkDeadline(flow, walk, holidays);
	const labels = {
		path: t('algo.path'),
		received: t('deadline.received'),
		skipped: t('algo.skippedDays'),
		none: t('algo.noSkippedDays'),
	};
	const copy = async () =>
		setMessage(
			(await copyText(walkAsText(flow, walk, holidays, labels))) ? t('algo.copied') : t('algo.copyFailed'),
		);
	const exportIcs = () => {
		if (!deadline?.due) return;
		const ics = toIcs(
			[
				{
					uid: icsUid(flowId, deadline.step.id, deadline.due.due),
					date: deadline.due.due,
					summary: deadline.step.deadline!.label,
					description: walkAsText(flow, walk, holidays, labels),
				},
			],
			{ now: new Date() },
		);
		downloadText(`termins-${deadline.due.due}.ics`, ics, 'text/calendar;charset=utf-8');
		setMessage(t('algo.icsDone'));
	};
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
				{t('algo.current')} · {t(`algo.type.${step.type}` as keyof typeof strings)}
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
				<DeadlineCalculator
					days={step.deadline.workingDays}
					holidays={holidays}
					range={range}
					received={walk.received}
					onReceived={(received) => $walk.set({ ...$walk.get(), received })}
				/>
			)}
			{notes.map((f) => (
				<p class="meta" key={f!.id}>
					{f!.mark} {f!.text}
				</p>
			))}
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
					onClick={() => {
						$walk.reset();
						setMessage('');
					}}
				>
					{t('algo.restart')}
				</button>
			</div>
			<div class="button-row">
				<button type="button" class="button secondary" disabled={!hydrated} onClick={copy}>
					{deadline?.due ? t('algo.copyWithDeadline') : t('algo.copy')}
				</button>
				{deadline?.due && (
					<button type="button" class="button secondary" disabled={!hydrated} onClick={exportIcs}>
						{t('algo.ics')}
					</button>
				)}
			</div>
			<p role="status">{message}</p>
			<p class="meta">{t('algo.kept')}</p>
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
