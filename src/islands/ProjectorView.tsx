import { useEffect } from 'preact/hooks';
import { CitedText } from './parts/CitedText.tsx';
import { useStore } from '@nanostores/preact';
import type { Scenario } from '../lib/scenario/types.ts';
import { currentNode, currentNodeId, isEnded } from '../lib/scenario/engine.ts';
import { $mirror, connectProjector } from '../stores/projector.ts';
import { paragraphs } from '../lib/text/paragraphs.ts';
import { createT } from '../i18n/t.ts';
import { facilitatorStrings } from '../i18n/lv/facilitator.ts';
import { projectorStrings } from '../i18n/lv/projector.ts';
import { scenarioStrings } from '../i18n/lv/scenario.ts';
import { displayChoices } from '../lib/scenario-views/display.ts';

const strings = { ...facilitatorStrings, ...projectorStrings, ...scenarioStrings };
const t = createT(strings);

export type ProjectorViewProps = { scenarioId: string; scenario: Scenario };

/**
 * The group's screen: the situation, the options with their tallies and, once the facilitator
 * reveals them, the consequences. It has no controls and no facilitator notes; it follows the
 * facilitator's window in the same browser.
 */
export default function ProjectorView({ scenarioId, scenario }: ProjectorViewProps) {
	const session = useStore($mirror);
	useEffect(() => connectProjector(scenario, scenarioId), []);
	const node = session ? currentNode(scenario, session.run) : scenario.nodes[scenario.start]!;
	const here = session ? currentNodeId(session.run) : scenario.start;
	const choices = displayChoices(scenario, scenarioId, here, session?.run);
	const ended = session ? isEnded(scenario, session.run) : false;
	return (
		<div class="projector-view" aria-live="polite">
			{!session && <p class="meta">{t('projector.waiting')}</p>}
			<h2>{node.title}</h2>
			{paragraphs(node.text).map((p, i) => (
				<p key={i} class="projector-text">
					<CitedText text={p} />
				</p>
			))}
			{ended && node.ending ? (
				<div class="debrief">
					<p class={`badge outcome-${node.ending.outcome}`}>
						{t(`scenario.outcome.${node.ending.outcome}` as keyof typeof strings)}
					</p>
					<p>
						<strong>
							<CitedText text={node.ending.summary} />
						</strong>
					</p>
				</div>
			) : (
				<ol class="tally">
					{choices.map(({ choice: c, letter, position }) => (
						<li key={c.id} class={session?.revealed ? `q-${c.quality}` : undefined} data-choice={c.id}>
							<p class="tally__label">
								<strong>{letter}.</strong> {c.label}
							</p>
							<p class="tally__count">{t('facilitator.votes', { count: session?.votes[position] ?? 0 })}</p>
							{session?.revealed && (
								<p>
									<strong>{t(`scenario.quality.${c.quality}` as keyof typeof strings)}.</strong>
									<CitedText text={c.feedback ?? ''} />
								</p>
							)}
						</li>
					))}
				</ol>
			)}
		</div>
	);
}
