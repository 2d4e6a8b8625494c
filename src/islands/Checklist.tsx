import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { createT } from '../i18n/t.ts';
import { checklistStrings } from '../i18n/lv/checklist.ts';
import {
	adviceFor,
	answer,
	emptyState,
	isEmpty,
	kindOf,
	note,
	type ChecklistDef,
	type ChecklistState,
} from '../lib/checklist/model.ts';
import { outcomeOf } from '../lib/checklist/outcome.ts';
import { asText, summarize, type SummaryLabels } from '../lib/checklist/summary.ts';
import { decodeChecklist, encodeChecklist } from '../lib/checklist/codec.ts';
import { resolvedToPlain } from '../lib/cite/resolved.ts';
import { CitedText } from './parts/CitedText.tsx';
import { clearOnPagehide, deviceCopy, storageKey, tabAtom } from '../stores/kept.ts';
import { copyText } from './parts/copy.ts';

const t = createT(checklistStrings);

export type ChecklistProps = {
	toolId: string;
	def: ChecklistDef & { title: string };
	/** 'tab': answers survive a reload in this tab; 'none': nothing is kept, cleared on leaving. */
	keep: 'tab' | 'none';
	/** Level of the section headings (3 inside a lesson section, 2 on the tool page). */
	headingLevel?: 2 | 3;
	/** Offer an explicit, warned copy on this device (localStorage), loaded only when asked. */
	saveOnDevice?: boolean;
};

const labels: SummaryLabels = {
	yes: t('checklist.yes'),
	no: t('checklist.no'),
	ticked: t('checklist.ticked'),
	notTicked: t('checklist.notTicked'),
	unanswered: t('checklist.unanswered'),
	note: t('checklist.note'),
	advice: t('checklist.advice'),
	outcome: t('checklist.outcome'),
};

/** One store per tool: kept in the tab for `keep: tab`, in memory only for `keep: none`. */
function storeFor({ toolId, def, keep }: ChecklistProps) {
	if (keep === 'none') return Object.assign(atom<ChecklistState>(emptyState()), { restore() {} });
	return tabAtom<ChecklistState>(
		storageKey('tool', toolId, 1),
		emptyState(),
		(raw) => decodeChecklist(def, raw),
		(s) => encodeChecklist(def, s),
	);
}

/** A checklist tool: sections of items answered by tick, yes/no or scale, notes, outcome, copy and print. */
export default function Checklist(props: ChecklistProps) {
	const { toolId, def, keep, headingLevel = 2, saveOnDevice = false } = props;
	const [$state] = useState(() => storeFor(props));
	const state = useStore($state);
	const [device] = useState(() =>
		deviceCopy<string>(storageKey('tool-device', toolId, 1), (v) =>
			typeof v === 'string' && decodeChecklist(def, v) ? v : null,
		),
	);
	const saved = useStore(device.$saved);
	const [confirming, setConfirming] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	const [message, setMessage] = useState('');
	useEffect(() => {
		setHydrated(true);
		$state.restore();
		if (saveOnDevice) device.refresh();
		if (keep === 'none') return clearOnPagehide(() => $state.set(emptyState()));
	}, []);
	const H = headingLevel === 3 ? 'h3' : 'h2';
	const outcome = outcomeOf(def, state);
	const summary = summarize(def, state, labels);
	/**
	 * Applies a change to the latest answers in the store, not to this render's copy: the store
	 * re-renders on a timer, so two ticks in quick succession would otherwise lose the first.
	 */
	const set = (change: (s: ChecklistState) => ChecklistState) => {
		$state.set(change($state.get()));
		setMessage('');
	};
	const text = () => asText(def, state, labels, resolvedToPlain);
	const copy = async () =>
		setMessage((await copyText(text())) ? t('checklist.copied') : t('checklist.copyFailed'));

	return (
		<div class="checklist-tool" data-tool={toolId}>
			<p class="meta no-print">{keep === 'tab' ? t('checklist.keptTab') : t('checklist.keptNone')}</p>
			<form class="no-print" onSubmit={(e) => e.preventDefault()}>
				{def.sections.map((s, si) => {
					const kind = kindOf(def, s.id);
					return (
						<section key={s.id} aria-labelledby={`${toolId}-${s.id}`}>
							<H id={`${toolId}-${s.id}`}>{s.title}</H>
							<p class="meta">
								{t('checklist.answered', { done: summary[si]!.answered, total: s.items.length })}
							</p>
							<ul class="checklist">
								{s.items.map((item) => {
									const value = state.answers[item.id];
									const helpId = item.help ? `${toolId}-${item.id}-help` : undefined;
									return (
										<li key={item.id}>
											{kind === 'tick' ? (
												<>
													<label>
														<input
															type="checkbox"
															checked={value === 'yes'}
															disabled={!hydrated}
															aria-describedby={helpId}
															onChange={() => set((cur) => answer(def, cur, item.id, 'yes'))}
														/>
														<span>
															<CitedText text={item.text} only="text" />
														</span>
													</label>
													<CitedText text={item.text} only="markers" />
												</>
											) : (
												<fieldset class="checklist-answer" aria-describedby={helpId}>
													<legend>
														<CitedText text={item.text} />
													</legend>
													{(kind === 'yes-no'
														? [
																{ value: 'yes', label: t('checklist.yes') },
																{ value: 'no', label: t('checklist.no') },
															]
														: kind
													).map((o) => (
														<label key={o.value}>
															<input
																type="radio"
																name={`${toolId}-${item.id}`}
																value={o.value}
																checked={value === o.value}
																disabled={!hydrated}
																onClick={() => set((cur) => answer(def, cur, item.id, o.value))}
															/>
															<span>{o.label}</span>
														</label>
													))}
												</fieldset>
											)}
											{item.help && (
												<p class="help" id={helpId}>
													<CitedText text={item.help} />
												</p>
											)}
											{adviceFor(item, value) && (
												<p class="callout">
													<strong>{t('checklist.advice')}:</strong> <CitedText text={item.advice!} />
												</p>
											)}
										</li>
									);
								})}
							</ul>
							{def.notes && (
								<div class="form-row">
									<label for={`${toolId}-${s.id}-note`}>
										{t('checklist.noteLabel', { section: s.title })}
									</label>
									<textarea
										id={`${toolId}-${s.id}-note`}
										value={state.notes[s.id] ?? ''}
										disabled={!hydrated}
										onInput={(e) =>
											set((cur) => note(def, cur, s.id, (e.target as HTMLTextAreaElement).value))
										}
									/>
								</div>
							)}
						</section>
					);
				})}
			</form>
			<div role="status" aria-live="polite" class="no-print">
				{outcome && (
					<p class="callout">
						<strong>{t('checklist.outcome')}:</strong> <CitedText text={outcome.text} />
					</p>
				)}
			</div>
			<div class="button-row">
				<button type="button" class="button secondary" disabled={!hydrated} onClick={copy}>
					{t('checklist.copy')}
				</button>
				<button
					type="button"
					class="button danger"
					disabled={!hydrated || isEmpty(state)}
					onClick={() => {
						$state.set(emptyState());
						setMessage(t('checklist.cleared'));
					}}
				>
					{t('checklist.clear')}
				</button>
			</div>
			{saveOnDevice && (
				<div class="no-print device-copy">
					{confirming ? (
						<>
							<p class="callout">{t('checklist.saveWarning')}</p>
							<div class="button-row">
								<button
									type="button"
									class="button secondary"
									onClick={() => {
										setConfirming(false);
										setMessage(
											device.save(encodeChecklist(def, state))
												? t('checklist.saved')
												: t('checklist.saveFailed'),
										);
									}}
								>
									{t('checklist.saveConfirm')}
								</button>
								<button type="button" class="button" onClick={() => setConfirming(false)}>
									{t('checklist.saveCancel')}
								</button>
							</div>
						</>
					) : (
						<div class="button-row">
							<button
								type="button"
								class="button secondary"
								disabled={!hydrated || isEmpty(state)}
								onClick={() => setConfirming(true)}
							>
								{t('checklist.save')}
							</button>
							{saved && (
								<>
									<button
										type="button"
										class="button secondary"
										onClick={() => {
											const restored = decodeChecklist(def, saved.value);
											if (restored) $state.set(restored);
											setMessage(t('checklist.loaded'));
										}}
									>
										{t('checklist.load', { date: saved.savedAt.slice(0, 10) })}
									</button>
									<button
										type="button"
										class="button danger"
										onClick={() => {
											device.remove();
											setMessage(t('checklist.removed'));
										}}
									>
										{t('checklist.remove')}
									</button>
								</>
							)}
						</div>
					)}
				</div>
			)}
			<p role="status" class="no-print">
				{message}
			</p>
			<pre class="print-only checklist-print" aria-hidden="true">
				{text()}
			</pre>
		</div>
	);
}
