import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Scenario } from '../lib/scenario/types.ts';
import { currentNode, currentNodeId, isEnded } from '../lib/scenario/engine.ts';
import { $mirror, connectProjector } from '../stores/projector.ts';
import { paragraphs } from '../lib/text/paragraphs.ts';
import { createT } from '../i18n/t.ts';
import { facilitatorStrings } from '../i18n/lv/facilitator.ts';
import { projectorStrings } from '../i18n/lv/projector.ts';
import { scenarioStrings } from '../i18n/lv/scenario.ts';
import { CitedText } from './parts/CitedText.tsx';
import { displayChoices } from '../lib/scenario-views/display.ts';
import { tTrainer } from '../i18n/lv/trainer.ts';
import { talliesShown } from '../lib/facilitator/session.ts';
import { decisionCounter } from '../lib/scenario-views/main-line.ts';
import { feedbackAt, projectorDetail, projectorLevels, voteBars } from '../lib/scenario-views/projector.ts';
import VoteBar from './VoteBar.tsx';

const strings = { ...facilitatorStrings, ...projectorStrings, ...scenarioStrings };
const t = createT(strings);
type UiKey = keyof typeof strings;

export type ProjectorViewProps = { scenarioId: string; scenario: Scenario };

/** True while the page is taller than the window (the projector must fit one screen). */
const overflows = () => document.documentElement.scrollHeight > window.innerHeight;

/**
 * Steps down through the projector's detail levels until the page fits the window; starts again
 * from the most detailed level whenever `view` (what is shown) or the window size changes.
 */
function useFitLevel(view: string, levels: number): number {
	const [size, setSize] = useState(0);
	const [fit, setFit] = useState({ key: '', level: 0 });
	const key = `${view}|${size}`;
	const level = fit.key === key ? fit.level : 0;
	useEffect(() => {
		const onResize = () => setSize((n) => n + 1);
		window.addEventListener('resize', onResize);
		return () => window.removeEventListener('resize', onResize);
	}, []);
	useLayoutEffect(() => {
		if (level < levels - 1 && overflows()) setFit({ key, level: level + 1 });
		else if (fit.key !== key) setFit({ key, level });
	});
	return level;
}

/**
 * The group's screen: the situation, the options with their vote bars and, once the facilitator
 * reveals them, the verdicts and consequences, sized for the back of a room and fitted to one
 * screen. It has no controls and no facilitator notes; it follows the facilitator's window in
 * the same browser.
 */
export default function ProjectorView({ scenarioId, scenario }: ProjectorViewProps) {
	const session = useStore($mirror);
	useEffect(() => connectProjector(scenario, scenarioId), []);
	const node = session ? currentNode(scenario, session.run) : scenario.nodes[scenario.start]!;
	const here = session ? currentNodeId(session.run) : scenario.start;
	const choices = displayChoices(scenario, scenarioId, here, session?.run);
	const ended = session ? isEnded(scenario, session.run) : false;
	const revealed = session?.revealed ?? false;
	const showTallies = session ? talliesShown(session) : false;
	const counter = session ? decisionCounter(scenario, session.run) : null;
	const bars = voteBars(
		session?.votes ?? [],
		choices.map((c) => c.position),
	);
	const view = `${session?.run.path.length}|${here}|${revealed}|${showTallies}|${session !== null}`;
	const level = useFitLevel(view, projectorLevels(revealed).length);
	const detail = projectorDetail(revealed, level);
	return (
		<div class="projector-view" aria-live="polite" data-level={level} data-node={here}>
			<p class="projector-view__bar">
				{counter ? (
					<span class="projector-view__count">{tTrainer('trainer.counter', counter)}</span>
				) : (
					!session && <span class="meta">{t('projector.waiting')}</span>
				)}
				{session && !showTallies && !ended && (
					<span class="meta">{tTrainer('trainer.talliesHiddenNote')}</span>
				)}
			</p>
			<h2>{node.title}</h2>
			{(ended || detail.situation) &&
				paragraphs(node.text).map((p, i) => (
					<p key={i} class="projector-text">
						<CitedText text={p} />
					</p>
				))}
			{ended && node.ending ? (
				<div class="debrief">
					<p class={`badge outcome-${node.ending.outcome}`}>
						{t(`scenario.outcome.${node.ending.outcome}` as UiKey)}
					</p>
					<p>
						<strong>
							<CitedText text={node.ending.summary} />
						</strong>
					</p>
				</div>
			) : (
				<ol class="tally projector-tally">
					{choices.map(({ choice: c, letter }, i) => {
						const bar = bars[i]!;
						const consequence = revealed ? feedbackAt(c.feedback, detail) : '';
						return (
							<li key={c.id} class={revealed ? `q-${c.quality}` : undefined} data-choice={c.id}>
								<div class="projector-tally__text">
									<p class="tally__label">
										<strong>{letter}.</strong> {c.label}
									</p>
									{revealed && (
										<p class="tally__verdict">
											<strong>{t(`scenario.quality.${c.quality}` as UiKey)}.</strong>
											{consequence && (
												<>
													{' '}
													<CitedText text={consequence} />
												</>
											)}
										</p>
									)}
								</div>
								{showTallies && (
									<div class="tally__bar">
										<VoteBar percent={bar.percent} />
										<p class="tally__numbers">
											<span class="tally__count">{t('facilitator.votes', { count: bar.votes })}</span>
											{' · '}
											<span class="tally__pct">{tTrainer('trainer.percent', { percent: bar.percent })}</span>
										</p>
									</div>
								)}
							</li>
						);
					})}
				</ol>
			)}
		</div>
	);
}
