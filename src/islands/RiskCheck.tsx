import { createContext, Fragment, type ComponentChildren } from 'preact';
import { resolvedToPlain, resolvedWithoutMarkers } from '../lib/cite/resolved.ts';
import { CitedText } from './parts/CitedText.tsx';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import {
	ACTION_PHASE,
	FLAGS_BY_SETTING,
	PHASES,
	applySkips,
	assess,
	visible,
	whyRules,
	type AcuteId,
	type Answer,
	type Answers,
	type FlagId,
	type Phase,
	type QuestionId,
	type Setting,
	type UnknownReason,
} from '../lib/risk/index.ts';
import { tr } from '../i18n/lv/risk.ts';

type Item = {
	id: string;
	text: string;
	help?: string;
	short?: string;
	timeframe?: string;
	setting?: Setting;
};
type Section = { id: string; title: string; answers?: { value: string; label: string }[]; items: Item[] };
type Line = {
	number: string;
	name: string;
	what: string;
	caveat?: string;
	settings: Setting[];
	source: { url: string; checked: string };
};
export type RiskCheckProps = {
	sections: Section[];
	texts: Record<string, string>;
	lines: Line[];
	references: { id: string; text: string; url?: string }[];
	/** Level of the checklist's top headings: 2 on the tool page (default), 3 embedded in a lesson section. */
	headingLevel?: 2 | 3;
};

/** How many levels the headings move down: 0 on the tool page, 1 embedded under a lesson's `##`. */
const Shift = createContext(0);
/** A heading at level `l` on the tool page, one level lower when embedded in a lesson. */
function H({ l, id, children }: { l: 2 | 3 | 4; id?: string; children: ComponentChildren }) {
	const shift = useContext(Shift);
	const Tag = `h${Math.min(6, l + shift)}` as 'h2';
	return <Tag id={id}>{children}</Tag>;
}

/** Everything the worker enters. In component memory only: nothing is written anywhere. */
type State = {
	setting: Setting | null;
	danger: boolean;
	answers: Answers;
	reasons: Partial<Record<QuestionId, UnknownReason>>;
	selfHarm: boolean;
	flags: FlagId[];
	acute: AcuteId[];
	factors: string[];
	protective: string[];
	concern: boolean;
	concernReason: string;
	followUp: boolean;
	crisisFlat: boolean;
	identifier: string;
};
const EMPTY: State = {
	setting: null,
	danger: false,
	answers: {},
	reasons: {},
	selfHarm: false,
	flags: [],
	acute: [],
	factors: [],
	protective: [],
	concern: false,
	concernReason: '',
	followUp: false,
	crisisFlat: false,
	identifier: '',
};
const MAX_TEXT = 120;
const toggle = <T,>(list: T[], value: T) =>
	list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** The level as an icon and words, never colour alone and never a number. */
const LEVEL_ICON = { nav: '○', zems: '▲', vidējs: '▲▲', augsts: '▲▲▲' } as const;

export default function RiskCheck({ sections, texts, lines, references, headingLevel = 2 }: RiskCheckProps) {
	const [s, setS] = useState<State>(EMPTY);
	const [hydrated, setHydrated] = useState(false);
	const [message, setMessage] = useState('');
	const [printedAt, setPrintedAt] = useState('');

	// Nothing survives leaving the page: not a reload, not Back from another page (back-forward cache).
	useEffect(() => {
		setHydrated(true);
		const wipe = () => {
			setS(EMPTY);
			setMessage('');
			setPrintedAt('');
		};
		const onShow = (e: PageTransitionEvent) => e.persisted && wipe();
		const onAfterPrint = () => setMessage(tr('risk.afterPrint'));
		window.addEventListener('pagehide', wipe);
		window.addEventListener('pageshow', onShow);
		window.addEventListener('afterprint', onAfterPrint);
		return () => {
			window.removeEventListener('pagehide', wipe);
			window.removeEventListener('pageshow', onShow);
			window.removeEventListener('afterprint', onAfterPrint);
		};
	}, []);

	const section = (id: string) => sections.find((x) => x.id === id)!;
	const screening = section('screening');
	const question = (id: string) => screening.items.find((i) => i.id === id)!;
	const reasonLabels = section('unknown-reasons').items;

	const result = useMemo(
		() =>
			assess({
				setting: s.setting,
				danger: s.danger,
				answers: s.answers,
				selfHarm: s.selfHarm,
				flags: s.flags,
				acute: s.acute,
				riskFactors: s.factors,
				concern: s.concern,
				followUp: s.followUp,
				crisisFlat: s.crisisFlat,
			}),
		[s],
	);
	const shown = visible(s.answers, s.selfHarm);
	const ready = result.incomplete.length === 0 || result.emergency;
	const high = ready && result.level === 'augsts';

	const setAnswer = (q: QuestionId, v: Answer) =>
		setS((prev) => {
			const answers = applySkips({ ...prev.answers, [q]: v }, prev.selfHarm);
			const reasons = Object.fromEntries(
				Object.entries(prev.reasons).filter(([k]) => answers[k as QuestionId] === 'unknown'),
			);
			return { ...prev, answers, reasons };
		});
	const toggleSelfHarm = () =>
		setS((prev) => {
			const on = !prev.selfHarm;
			return {
				...prev,
				selfHarm: on,
				factors: on
					? [...new Set([...prev.factors, 'selfHarm'])]
					: prev.factors.filter((f) => f !== 'selfHarm'),
				answers: applySkips(prev.answers, on),
			};
		});
	/** Merges a change into the answers; a function reads the latest answers, not this render's. */
	const patch = (p: Partial<State> | ((prev: State) => Partial<State>)) =>
		setS((prev) => ({ ...prev, ...(typeof p === 'function' ? p(prev) : p) }));
	const clearAll = () => {
		if (window.confirm(tr('risk.clearConfirm'))) {
			setS(EMPTY);
			setPrintedAt('');
			setMessage(tr('risk.cleared'));
		}
	};
	const print = () => {
		const d = new Date();
		const two = (n: number) => String(n).padStart(2, '0');
		setPrintedAt(
			`${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}. ${two(d.getHours())}:${two(d.getMinutes())}`,
		);
		setTimeout(() => window.print(), 0);
	};

	const settingLabel = (id: Setting) =>
		resolvedToPlain(section('setting').items.find((i) => i.id === id)!.text);
	const settingsShown: Setting[] = s.setting ? [s.setting] : ['iev', 'pasvaldiba'];
	const disabled = !hydrated;

	const renderQuestion = (q: QuestionId) => {
		const item = question(q);
		const name = `risk-${q}`;
		return (
			<fieldset key={q} class="risk-question" data-question={q}>
				<legend>
					<CitedText text={item.text} /> <span class="meta">({item.timeframe})</span>
				</legend>
				{item.help && (
					<p class="help">
						<CitedText text={item.help} />
					</p>
				)}
				<div class="risk-answers">
					{screening.answers!.map((a) => (
						<label key={a.value} class="risk-choice">
							<input
								type="radio"
								name={name}
								value={a.value}
								checked={s.answers[q] === a.value}
								disabled={disabled}
								onChange={() => setAnswer(q, a.value as Answer)}
							/>
							<span>{a.label}</span>
						</label>
					))}
				</div>
				{s.answers[q] === 'unknown' && (
					<div class="form-row">
						<label for={`${name}-reason`}>{tr('risk.reasonLabel')}</label>
						<select
							id={`${name}-reason`}
							value={s.reasons[q] ?? ''}
							onChange={(e) => {
								const v = (e.target as HTMLSelectElement).value as UnknownReason | '';
								patch((prev) => {
									const reasons = { ...prev.reasons };
									if (v) reasons[q] = v;
									else delete reasons[q];
									return { reasons };
								});
							}}
						>
							<option value="">{tr('risk.reasonNone')}</option>
							{reasonLabels.map((r) => (
								<option key={r.id} value={r.id}>
									{resolvedWithoutMarkers(r.text)}
								</option>
							))}
						</select>
					</div>
				)}
			</fieldset>
		);
	};

	const emergencyPanel = (
		<section class="risk-panel callout warning" aria-labelledby="risk-panel-title">
			<H l={2} id="risk-panel-title">
				{tr('risk.panelTitle')}
			</H>
			<p>
				<CitedText text={texts['panel.when']} />
			</p>
			{!s.setting && <p>{tr('risk.panelBoth')}</p>}
			{settingsShown.map((set) => (
				<div key={set}>
					{!s.setting && <H l={3}>{set === 'iev' ? tr('risk.panelIev') : tr('risk.panelPasvaldiba')}</H>}
					<p>
						<CitedText text={texts[`panel.${set}`]} />
					</p>
				</div>
			))}
			<Lines lines={lines} settings={settingsShown} emergencyOnly />
		</section>
	);

	return (
		<Shift.Provider value={headingLevel - 2}>
			<div class="risk-check">
				<form class="no-print" autocomplete="off" onSubmit={(e) => e.preventDefault()}>
					{/* Always visible at the top: ticking it shows the emergency panel at once (E0). */}
					<div class={`risk-danger${s.danger ? ' is-on' : ''}`}>
						<>
							<label class="risk-danger__label">
								<input
									type="checkbox"
									checked={s.danger}
									disabled={disabled}
									aria-describedby="risk-danger-help"
									onChange={(e) => patch({ danger: (e.target as HTMLInputElement).checked })}
								/>
								<strong>
									<CitedText text={texts['danger.label']} only="text" />
								</strong>
							</label>
							<CitedText text={texts['danger.label']} only="markers" />
						</>
						<p id="risk-danger-help" class="help">
							<CitedText text={texts['danger.help']} />
						</p>
						<div role="alert">{s.danger && <p class="risk-danger__now">{tr('risk.dangerTitle')}</p>}</div>
						{s.danger && emergencyPanel}
					</div>
					{high && <p class="risk-print-hint">{tr('risk.printBeforeClose')}</p>}

					<fieldset>
						<legend>{tr('risk.settingLegend')}</legend>
						{section('setting').items.map((i) => (
							<Fragment key={i.id}>
								<label class="risk-choice">
									<input
										type="radio"
										name="risk-setting"
										value={i.id}
										checked={s.setting === i.id}
										disabled={disabled}
										onChange={() =>
											patch({
												setting: i.id as Setting,
												flags: s.flags.filter((f) =>
													(FLAGS_BY_SETTING[i.id as Setting] as readonly string[]).includes(f),
												),
											})
										}
									/>
									<span>
										<CitedText text={i.text} only="text" />
									</span>
								</label>
								<CitedText text={i.text} only="markers" />
							</Fragment>
						))}
					</fieldset>

					<H l={2}>{tr('risk.questionsTitle')}</H>
					{shown.filter((q) => q !== 'selfHarmRecent').map(renderQuestion)}

					<H l={2}>{tr('risk.afterTitle')}</H>
					<fieldset>
						<legend>{tr('risk.flagsTitle')}</legend>
						{s.setting ? (
							<ul class="checklist">
								{section('flags')
									.items.filter((f) => f.setting === s.setting)
									.map((f) => (
										<CheckItem
											key={f.id}
											item={f}
											checked={s.flags.includes(f.id as FlagId)}
											disabled={disabled}
											onToggle={() => patch((prev) => ({ flags: toggle(prev.flags, f.id as FlagId) }))}
										/>
									))}
							</ul>
						) : (
							<p class="help">{tr('risk.flagsNeedSetting')}</p>
						)}
					</fieldset>
					<fieldset>
						<legend>{section('acute').title}</legend>
						<ul class="checklist">
							{section('acute').items.map((f) => (
								<CheckItem
									key={f.id}
									item={f}
									checked={s.acute.includes(f.id as AcuteId)}
									disabled={disabled}
									onToggle={() => patch((prev) => ({ acute: toggle(prev.acute, f.id as AcuteId) }))}
								/>
							))}
						</ul>
					</fieldset>
					{(['risk-general', 'risk-handbook'] as const).map((id) => (
						<fieldset key={id}>
							<legend>{section(id).title}</legend>
							<ul class="checklist">
								{section(id).items.map((f) => (
									<Fragment key={f.id}>
										<CheckItem
											item={f}
											checked={f.id === 'selfHarm' ? s.selfHarm : s.factors.includes(f.id)}
											disabled={disabled}
											onToggle={() =>
												f.id === 'selfHarm'
													? toggleSelfHarm()
													: patch((prev) => ({ factors: toggle(prev.factors, f.id) }))
											}
										/>
										{/* The recency question follows the self-harm factor at once (§2.4). */}
										{f.id === 'selfHarm' && s.selfHarm && <li>{renderQuestion('selfHarmRecent')}</li>}
									</Fragment>
								))}
							</ul>
						</fieldset>
					))}
					<fieldset>
						<legend>{section('protective').title}</legend>
						<p class="help">
							<CitedText text={texts['factors.protectiveNote']} />
						</p>
						<ul class="checklist">
							{section('protective').items.map((f) => (
								<CheckItem
									key={f.id}
									item={f}
									checked={s.protective.includes(f.id)}
									disabled={disabled}
									onToggle={() => patch((prev) => ({ protective: toggle(prev.protective, f.id) }))}
								/>
							))}
						</ul>
					</fieldset>
					<p class="help">
						<CitedText text={texts['factors.note']} />
					</p>
					<fieldset>
						<legend>{tr('risk.afterTitle')}</legend>
						<ul class="checklist">
							<li>
								<>
									<label>
										<input
											type="checkbox"
											checked={s.concern}
											disabled={disabled}
											onChange={() => patch((prev) => ({ concern: !prev.concern }))}
										/>
										<span>
											<strong>
												<CitedText text={texts['concern.label']} only="text" />
											</strong>{' '}
											<span class="help">
												<CitedText text={texts['concern.help']} only="text" />
											</span>
										</span>
									</label>
									<CitedText text={texts['concern.label']} only="markers" />
									<CitedText text={texts['concern.help']} only="markers" />
								</>
								{s.concern && (
									<div class="form-row">
										<label for="risk-concern-reason">{tr('risk.concernReason')}</label>
										<input
											id="risk-concern-reason"
											type="text"
											autocomplete="off"
											spellcheck={false}
											maxLength={MAX_TEXT}
											value={s.concernReason}
											onInput={(e) => patch({ concernReason: (e.target as HTMLInputElement).value })}
										/>
									</div>
								)}
							</li>
							<CheckItem
								item={{ id: 'followUp', text: texts['followUp.label'] ?? '' }}
								checked={s.followUp}
								disabled={disabled}
								onToggle={() => patch((prev) => ({ followUp: !prev.followUp }))}
							/>
							{s.setting === 'pasvaldiba' && (
								<CheckItem
									item={{ id: 'crisisFlat', text: texts['crisisFlat.label'] ?? '' }}
									checked={s.crisisFlat}
									disabled={disabled}
									onToggle={() => patch((prev) => ({ crisisFlat: !prev.crisisFlat }))}
								/>
							)}
						</ul>
					</fieldset>
				</form>

				<section class="risk-result no-print" aria-labelledby="risk-result-title">
					<H l={2} id="risk-result-title">
						{tr('risk.resultTitle')}
					</H>
					<div role={high ? 'alert' : 'status'} class="risk-level-live">
						{ready ? (
							<p class={`risk-level risk-level--${result.level === 'vidējs' ? 'videjs' : result.level}`}>
								<span aria-hidden="true" class="risk-level__icon">
									{LEVEL_ICON[result.level]}
								</span>{' '}
								{tr('risk.level')}:{' '}
								<strong>
									<CitedText text={texts[`level.${result.level}`]} />
								</strong>
							</p>
						) : (
							<p>{tr('risk.pending')}</p>
						)}
					</div>
					{!ready && (
						<>
							<ul class="risk-pending">
								{result.incomplete.map((q) => (
									<li key={q}>{q === 'setting' ? tr('risk.settingLegend') : question(q).short}</li>
								))}
							</ul>
							<p class="help">{tr('risk.pendingHint')}</p>
						</>
					)}
					{ready && (
						<>
							<H l={3}>{tr('risk.why')}</H>
							<ul class="risk-why">
								{whyRules(result).map((r) => (
									<li key={r} data-rule={r}>
										<CitedText text={texts[`rule.${r}`]} />
									</li>
								))}
							</ul>
							<UnknownList s={s} question={question} reasonLabels={reasonLabels} />
							<TickedFactors s={s} sections={sections} />
							{result.notes
								.filter((n) => n !== 's002')
								.map((n) => (
									<p key={n} class="callout" data-note={n}>
										<CitedText text={texts[`note.${n}`]} />
									</p>
								))}
							{s.setting && (
								<>
									<H l={3}>{tr('risk.actionsTitle')}</H>
									<Actions actions={result.actions} texts={texts} f1={result.rules.includes('F1')} />
								</>
							)}
							{!s.danger && emergencyPanel}
							{s.setting && <Lines lines={lines} settings={[s.setting]} />}
							{result.notes.includes('s002') && (
								<details class="risk-s002">
									<summary>{tr('s002.title')}</summary>
									<p>
										<CitedText text={texts['note.s002']} />
									</p>
								</details>
							)}
						</>
					)}
				</section>

				<div class="no-print risk-print-controls">
					<div class="form-row">
						<label for="risk-identifier">{tr('risk.identifier')}</label>
						<span class="help" id="risk-identifier-help">
							{tr('risk.identifierHelp')}
						</span>
						<input
							id="risk-identifier"
							type="text"
							autocomplete="off"
							spellcheck={false}
							maxLength={MAX_TEXT}
							aria-describedby="risk-identifier-help"
							value={s.identifier}
							disabled={disabled}
							onInput={(e) => patch({ identifier: (e.target as HTMLInputElement).value })}
						/>
					</div>
					<p class="callout warning">{tr('risk.sharedWarning')}</p>
					<div class="button-row">
						<button type="button" class="button" disabled={disabled} onClick={print}>
							{tr('risk.print')}
						</button>
						<button type="button" class="button danger" disabled={disabled} onClick={clearAll}>
							{tr('risk.clear')}
						</button>
					</div>
					<p role="status">{message}</p>
				</div>

				<PrintSummary
					s={s}
					result={result}
					ready={ready}
					printedAt={printedAt}
					sections={sections}
					texts={texts}
					lines={lines}
					references={references}
					settingLabel={settingLabel}
				/>
			</div>
		</Shift.Provider>
	);
}

function CheckItem({
	item,
	checked,
	disabled,
	onToggle,
}: {
	item: Item;
	checked: boolean;
	disabled: boolean;
	onToggle: () => void;
}) {
	return (
		<li>
			<label>
				<input type="checkbox" checked={checked} disabled={disabled} onChange={onToggle} />
				<span>
					<CitedText text={item.text} only="text" />
					{item.help && (
						<span class="help">
							{' '}
							<CitedText text={item.help} only="text" />
						</span>
					)}
				</span>
			</label>
			<CitedText text={item.text} only="markers" />
			<CitedText text={item.help} only="markers" />
		</li>
	);
}

/** 112 and 113 only in the emergency panel; the crisis lines of the chosen setting elsewhere. */
function Lines({
	lines,
	settings,
	emergencyOnly = false,
}: {
	lines: Line[];
	settings: Setting[];
	emergencyOnly?: boolean;
}) {
	const emergency = (l: Line) => l.number === '112' || l.number === '113';
	const shown = lines.filter(
		(l) => (emergencyOnly ? emergency(l) : true) && l.settings.some((x) => settings.includes(x)),
	);
	return (
		<div class="risk-lines">
			<H l={3}>{emergencyOnly ? tr('risk.emergencyLines') : tr('risk.linesTitle')}</H>
			<ul>
				{shown.map((l) => (
					<li key={l.number}>
						<a href={`tel:${l.number}`}>{l.number}</a> — {l.name}, {l.what}.
						{l.caveat && <span> {l.caveat}</span>}{' '}
						<span class="meta">
							({tr('risk.source')}: {new URL(l.source.url).hostname}, {tr('risk.checked')} {l.source.checked})
						</span>
					</li>
				))}
			</ul>
			{!emergencyOnly && settings.length === 1 && settings[0] === 'iev' && (
				<p class="help">{tr('risk.linesIevNote')}</p>
			)}
		</div>
	);
}

function Actions({
	actions,
	texts,
	f1,
}: {
	actions: readonly string[];
	texts: Record<string, string>;
	f1: boolean;
}) {
	return (
		<div class="risk-actions">
			{PHASES.map((phase: Phase) => {
				const mine = actions.filter((a) => ACTION_PHASE[a as keyof typeof ACTION_PHASE] === phase);
				if (mine.length === 0) return null;
				return (
					<section key={phase} data-phase={phase}>
						<H l={4}>{tr(`risk.phase.${phase}`)}</H>
						{phase === 'turpmak' && f1 && (
							<p class="help">
								<CitedText text={texts['rule.F1']} />
							</p>
						)}
						<ol>
							{mine.map((a) => (
								<li key={a} data-action={a}>
									<CitedText text={texts[`action.${a}`]} />
								</li>
							))}
						</ol>
					</section>
				);
			})}
		</div>
	);
}

function UnknownList({
	s,
	question,
	reasonLabels,
}: {
	s: State;
	question: (id: string) => Item;
	reasonLabels: Item[];
}) {
	const unknown = (Object.keys(s.answers) as QuestionId[]).filter((q) => s.answers[q] === 'unknown');
	if (unknown.length === 0) return null;
	return (
		<p class="risk-unknown">
			{tr('risk.unknownList')}:{' '}
			{unknown
				.map((q) => {
					const reason =
						resolvedToPlain(reasonLabels.find((r) => r.id === s.reasons[q])?.text ?? '') || undefined;
					return reason ? `${question(q).short} — ${reason}` : question(q).short;
				})
				.join('; ')}
			.
		</p>
	);
}

function TickedFactors({ s, sections }: { s: State; sections: Section[] }) {
	const label = (id: string) =>
		resolvedToPlain(sections.flatMap((x) => x.items).find((i) => i.id === id)?.text ?? id);
	const risk = [...s.acute, ...s.factors];
	return (
		<>
			<p>
				{tr('risk.factorsTicked')}: {risk.length ? risk.map(label).join('; ') : tr('risk.none')}.
			</p>
			<p>
				{tr('risk.protectiveTicked')}:{' '}
				{s.protective.length ? s.protective.map(label).join('; ') : tr('risk.none')}.
			</p>
		</>
	);
}

/** The worker's summary for the case file: shown only when printing (RISK-CHECKLIST.md §6.2). */
function PrintSummary({
	s,
	result,
	ready,
	printedAt,
	sections,
	texts,
	lines,
	references,
	settingLabel,
}: {
	s: State;
	result: ReturnType<typeof assess>;
	ready: boolean;
	printedAt: string;
	sections: Section[];
	texts: Record<string, string>;
	lines: Line[];
	references: RiskCheckProps['references'];
	settingLabel: (id: Setting) => string;
}) {
	const screening = sections.find((x) => x.id === 'screening')!;
	const label = (id: string) =>
		resolvedToPlain(sections.flatMap((x) => x.items).find((i) => i.id === id)?.text ?? id);
	const answerLabel = (v: Answer) => screening.answers!.find((a) => a.value === v)?.label ?? '';
	const reasons = sections.find((x) => x.id === 'unknown-reasons')!.items;
	const shown = visible(s.answers, s.selfHarm);
	const rows = screening.items.filter((q) => q.id !== 'selfHarmRecent' || s.selfHarm);
	return (
		<div class="print-only risk-print" aria-hidden="true">
			<H l={2}>{tr('print.heading')}</H>
			<p>
				<strong>{tr('print.health')}</strong>
			</p>
			<p>
				{tr('print.date')}: {printedAt || '______'} · {tr('print.setting')}:{' '}
				{s.setting ? settingLabel(s.setting) : '______'}
			</p>
			<p>
				{tr('print.person')}: {s.identifier.trim() || tr('print.personBlank')} · {tr('print.worker')}
			</p>
			<p>
				{tr('print.danger')}: {s.danger ? tr('print.yes') : tr('print.no')}
			</p>
			<H l={3}>{tr('print.answers')}</H>
			<ul>
				{rows.map((q) => {
					const id = q.id as QuestionId;
					const v = s.answers[id];
					let text: string;
					if (!shown.includes(id))
						text = ['q3', 'q4', 'q5'].includes(id)
							? s.answers.q2 === 'ne'
								? tr('print.skipped')
								: tr('print.notAsked')
							: id === 'q6b' && s.answers.q6 === 'ne'
								? tr('print.skipped6')
								: tr('print.notAsked');
					else if (v == null) text = tr('print.notAsked');
					else {
						const reason =
							v === 'unknown'
								? resolvedToPlain(reasons.find((r) => r.id === s.reasons[id])?.text ?? '') || undefined
								: undefined;
						text = reason ? `${answerLabel(v)} (${reason})` : answerLabel(v);
					}
					return (
						<li key={id}>
							{q.short} ({q.timeframe}): <strong>{text}</strong>
						</li>
					);
				})}
			</ul>
			{ready && (
				<>
					<p>
						{tr('risk.level')}:{' '}
						<strong>
							<CitedText text={texts[`level.${result.level}`]} />
						</strong>
					</p>
					<H l={3}>{tr('risk.why')}</H>
					<ul>
						{whyRules(result).map((r) => (
							<li key={r}>
								<CitedText text={texts[`rule.${r}`]} />
							</li>
						))}
					</ul>
					{result.level === 'nav' && (
						<p>
							<CitedText text={texts['note.nav-ne-nav-riska']} />
						</p>
					)}
				</>
			)}
			<H l={3}>{tr('print.context')}</H>
			<ul>
				{s.flags.map((f) => (
					<li key={f}>{label(f)}</li>
				))}
				{s.concern && (
					<li>
						<CitedText text={texts['concern.label']} />
						{s.concernReason.trim() && ` (${tr('print.concernReason')}: ${s.concernReason.trim()})`}
					</li>
				)}
				{s.followUp && (
					<li>
						<CitedText text={texts['followUp.label']} />
					</li>
				)}
			</ul>
			<p>
				{tr('risk.factorsTicked')}: {[...s.acute, ...s.factors].map(label).join('; ') || tr('risk.none')}.
			</p>
			<p>
				{tr('risk.protectiveTicked')}: {s.protective.map(label).join('; ') || tr('risk.none')}.
			</p>
			{ready && s.setting && (
				<>
					<H l={3}>{tr('risk.actionsTitle')}</H>
					{PHASES.map((phase) => {
						const mine = result.actions.filter((a) => ACTION_PHASE[a] === phase);
						if (!mine.length) return null;
						return (
							<div key={phase}>
								<H l={4}>{tr(`risk.phase.${phase}`)}</H>
								<ul class="risk-print-actions">
									{mine.map((a) => (
										<li key={a}>
											☐ <CitedText text={texts[`action.${a}`]} />
											<br />
											{tr('print.whoWhen')}
										</li>
									))}
								</ul>
							</div>
						);
					})}
				</>
			)}
			<Lines lines={lines} settings={s.setting ? [s.setting] : ['iev', 'pasvaldiba']} />
			<H l={3}>{tr('print.limits')}</H>
			<p>
				<CitedText text={texts['intro.limits']} />
			</p>
			<p>
				<CitedText text={texts['intro.table7']} />
			</p>
			<H l={3}>{tr('print.sources')}</H>
			{/* Numbered as on the page; the crisis-apartment source is left out (its note is never printed). */}
			<ol>
				{references.map((r) =>
					r.id === '002' ? (
						<li key={r.id} class="risk-print-omitted">
							—
						</li>
					) : (
						<li key={r.id}>
							<CitedText text={r.text} />
						</li>
					),
				)}
			</ol>
		</div>
	);
}
