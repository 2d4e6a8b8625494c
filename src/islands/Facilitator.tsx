import { useEffect, useRef, useState } from 'preact/hooks';
import { CitedText } from './parts/CitedText.tsx';
import { useFocusOnChange } from './use-focus-on-change.ts';
import { useStore } from '@nanostores/preact';
import type { Scenario } from '../lib/scenario/types.ts';
import type { GraphLayout } from '../lib/graph/layout.ts';
import { currentNode, currentNodeId, isEnded } from '../lib/scenario/engine.ts';
import {
	$mapOpen,
	$session,
	$stopwatch,
	castVote,
	currentRecord,
	follow,
	followMajority,
	goBack,
	handleKey,
	openSession,
	reveal,
	startOver,
	toggleMap,
	toggleTimer,
} from '../stores/facilitator.ts';
import { elapsedMs, formatElapsed } from '../lib/facilitator/stopwatch.ts';
import { downloadText } from './download.ts';
import { paragraphs } from '../lib/text/paragraphs.ts';
import GraphSvg from '../components/GraphSvg.tsx';
import { createT } from '../i18n/t.ts';
import { facilitatorStrings } from '../i18n/lv/facilitator.ts';
import { scenarioStrings } from '../i18n/lv/scenario.ts';
import { displayChoices } from '../lib/scenario-views/display.ts';

const strings = { ...facilitatorStrings, ...scenarioStrings };
const t = createT(strings);

export type FacilitatorProps = { scenarioId: string; scenario: Scenario; map: GraphLayout };

/** Downloads the session record (votes per decision, options followed) for the workshop file. */
function downloadRecord(scenarioId: string) {
	const text = currentRecord({
		title: t('facilitator.recordTitle'),
		decision: (n) => t('scenario.step', { n }),
		votes: (count) => t('facilitator.votes', { count }),
		followed: t('facilitator.recordFollowed'),
		quality: {
			recommended: t('scenario.quality.recommended'),
			acceptable: t('scenario.quality.acceptable'),
			harmful: t('scenario.quality.harmful'),
		},
		ending: t('scenario.ending'),
	});
	downloadText(`${scenarioId}-sesija.txt`, text);
}

/** Shows the page full screen on the projector (or leaves full screen). */
function toggleFullscreen() {
	if (document.fullscreenElement) void document.exitFullscreen();
	else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** Discussion time at this decision point: start/pause (button or T); ticks once a second while running. */
function DiscussionTimer({ disabled }: { disabled: boolean }) {
	const watch = useStore($stopwatch);
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		setNow(Date.now());
		if (watch.runningSince === null) return;
		const tick = setInterval(() => setNow(Date.now()), 1000);
		return () => clearInterval(tick);
	}, [watch]);
	const running = watch.runningSince !== null;
	return (
		<p class="discussion-timer no-print">
			<span class="discussion-timer__label">{t('facilitator.timer')}:</span>{' '}
			<span class="discussion-timer__time" role="timer">
				{formatElapsed(elapsedMs(watch, now))}
			</span>{' '}
			<button type="button" class="button secondary" disabled={disabled} onClick={toggleTimer}>
				{running ? t('facilitator.timerPause') : t('facilitator.timerStart')}
			</button>
		</p>
	);
}

/** Projector mode: situation, options without feedback, a tally, reveal, notes, prompts and a map. */
export default function Facilitator({ scenarioId, scenario, map }: FacilitatorProps) {
	const live = useStore($session);
	const headingRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => openSession(scenario, scenarioId), []);
	useEffect(() => {
		const onKey = (e: KeyboardEvent) => {
			const el = e.target as HTMLElement | null;
			if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) return;
			if (handleKey(e)) e.preventDefault();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, []);
	useFocusOnChange(headingRef, live ? live.session.run.path.length : null);
	const mapOpen = useStore($mapOpen);
	const mapDialog = useRef<HTMLDialogElement>(null);
	useEffect(() => {
		const d = mapDialog.current;
		if (!d) return;
		if (mapOpen && !d.open) d.showModal();
		else if (!mapOpen && d.open) d.close();
	}, [mapOpen]);

	const ready = live !== null;
	const s = live?.session;
	const node = s ? currentNode(scenario, s.run) : scenario.nodes[scenario.start]!;
	const ended = s ? isEnded(scenario, s.run) : false;
	const here = s ? currentNodeId(s.run) : scenario.start;
	// Lettered in the balanced order before conditions hide any option (the same letters as every view).
	const choices = displayChoices(scenario, scenarioId, here, s?.run);
	const visited = s ? s.run.path.map((p) => p.node) : [];
	const title = (id: string) => scenario.nodes[id]?.title ?? id;

	return (
		<div class="facilitator" data-node={here}>
			<p class="meta no-print">{t('facilitator.shortcuts')}</p>
			<h2 ref={headingRef} tabIndex={-1}>
				{node.title}
			</h2>
			{paragraphs(node.text).map((p, i) => (
				<p key={i} class="projector-text">
					<CitedText trainer text={p} />
				</p>
			))}
			{ended && node.ending && (
				<div class="debrief">
					<p class={`badge outcome-${node.ending.outcome}`}>
						{t(`scenario.outcome.${node.ending.outcome}` as keyof typeof strings)}
					</p>
					<p>
						<strong>
							<CitedText trainer text={node.ending.summary} />
						</strong>
					</p>
					{paragraphs(node.ending.debrief).map((p, i) => (
						<p key={i}>
							<CitedText trainer text={p} />
						</p>
					))}
					<p role="status">{t('facilitator.ended')}</p>
				</div>
			)}
			{!ended && (
				<section aria-labelledby="options-title">
					<h3 id="options-title">{t('facilitator.options')}</h3>
					<ol class="tally">
						{choices.map(({ choice: c, letter, position: i }) => {
							const votes = s?.votes[i] ?? 0;
							return (
								<li key={c.id} class={s?.revealed ? `q-${c.quality}` : undefined} data-choice={c.id}>
									<p class="tally__label">
										<strong>{letter}.</strong> {c.label}
									</p>
									<div class="tally__controls">
										<button
											type="button"
											class="button secondary"
											aria-label={t('facilitator.remove', { letter })}
											disabled={!ready}
											onClick={() => castVote(i, -1)}
										>
											−
										</button>
										<span class="tally__count" aria-live="polite">
											{t('facilitator.votes', { count: votes })}
										</span>
										<button
											type="button"
											class="button secondary"
											aria-label={t('facilitator.add', { letter })}
											disabled={!ready}
											onClick={() => castVote(i, 1)}
										>
											+
										</button>
										{s?.revealed && (
											<button type="button" class="button" disabled={!ready} onClick={() => follow(i)}>
												{t('facilitator.follow', { letter })}
											</button>
										)}
									</div>
									{s?.revealed && (
										<div
											class="reveal"
											role="region"
											aria-label={`${letter}: ${t(`scenario.quality.${c.quality}` as keyof typeof strings)}`}
										>
											<p>
												<strong>{t(`scenario.quality.${c.quality}` as keyof typeof strings)}.</strong>{' '}
												<CitedText trainer text={c.feedback ?? ''} />
											</p>
											<p class="meta">
												{t('facilitator.leadsTo', { title: title(c.next) })} · {t('scenario.source')}:{' '}
												<CitedText trainer text={c.source.note ?? ''} />
											</p>
										</div>
									)}
								</li>
							);
						})}
					</ol>
				</section>
			)}
			{!ended && <DiscussionTimer disabled={!ready} />}
			<div class="button-row no-print">
				{!ended && (
					<button
						type="button"
						class="button"
						aria-pressed={s?.revealed ?? false}
						disabled={!ready}
						onClick={reveal}
					>
						{s?.revealed ? t('facilitator.hide') : t('facilitator.reveal')}
					</button>
				)}
				{!ended && (
					<button
						type="button"
						class="button secondary"
						disabled={!ready || !s || Math.max(0, ...s.votes) === 0}
						onClick={followMajority}
					>
						{t('facilitator.followTop')}
					</button>
				)}
				<button
					type="button"
					class="button secondary"
					disabled={!ready || !s || s.run.path.length < 2}
					onClick={goBack}
				>
					← {t('facilitator.back')}
				</button>
				<button
					type="button"
					class="button secondary"
					disabled={!ready || !s || s.run.path.length < 2}
					onClick={startOver}
				>
					{t('facilitator.restart')}
				</button>
				<button type="button" class="button secondary" disabled={!ready} onClick={toggleFullscreen}>
					{t('facilitator.fullscreen')}
				</button>
				<button
					type="button"
					class="button secondary"
					disabled={!ready}
					onClick={() => downloadRecord(scenarioId)}
				>
					{t('facilitator.record')}
				</button>
				<a class="button secondary" href={`/scenariji/${scenarioId}/projektors/`} target="pc-projector">
					{t('facilitator.openProjector')}
				</a>
			</div>
			<p class="meta no-print">{t('facilitator.projectorHelp')}</p>
			<aside class="fac-side" aria-label={t('facilitator.side')}>
				{node.facilitator?.prompts && node.facilitator.prompts.length > 0 && (
					<section aria-labelledby="prompts-title" class="prompts">
						<h3 id="prompts-title">{t('facilitator.prompts')}</h3>
						<ul>
							{node.facilitator.prompts.map((p) => (
								<li key={p}>
									<CitedText trainer text={p} />
								</li>
							))}
						</ul>
					</section>
				)}
				{node.facilitator?.notes && (
					<details class="notes">
						<summary>{t('facilitator.notes')}</summary>
						{paragraphs(node.facilitator.notes).map((p, i) => (
							<p key={i}>
								<CitedText trainer text={p} />
							</p>
						))}
					</details>
				)}
				<section aria-labelledby="map-title" class="scenario-map">
					<h3 id="map-title">{t('facilitator.map')}</h3>
					<div class="diagram">
						<GraphSvg
							layout={map}
							title={t('facilitator.map')}
							desc={t('facilitator.mapDesc')}
							current={here}
							visited={visited}
							idPrefix="scenario-map"
						/>
					</div>
					<button type="button" class="button secondary" disabled={!ready} onClick={() => toggleMap(true)}>
						{t('facilitator.mapOpen')}
					</button>
				</section>
				<dialog
					ref={mapDialog}
					class="map-dialog"
					aria-labelledby="map-large-title"
					onClose={() => toggleMap(false)}
				>
					<div class="map-dialog__bar">
						<h3 id="map-large-title">
							{t('facilitator.map')}: {node.title}
						</h3>
						<button type="button" class="button" onClick={() => toggleMap(false)}>
							{t('facilitator.mapClose')}
						</button>
					</div>
					{mapOpen && (
						<div class="diagram">
							<GraphSvg
								layout={map}
								title={t('facilitator.map')}
								desc={t('facilitator.mapDesc')}
								current={here}
								visited={visited}
								idPrefix="scenario-map-large"
							/>
						</div>
					)}
				</dialog>
			</aside>
		</div>
	);
}
