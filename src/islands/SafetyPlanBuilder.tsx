import { useEffect, useRef, useState } from 'preact/hooks';
import { useFocusOnChange } from './use-focus-on-change.ts';
import { useStore } from '@nanostores/preact';
import { SAFETY_PLAN } from '../lib/safety-plan/template.ts';
import { formatDateLv } from '../lib/deadlines/working-days.ts';
import { isPlanEmpty } from '../lib/safety-plan/model.ts';
import { clearOnPagehide, warnWhileDirty } from '../stores/kept.ts';
import {
	$plan,
	$savedPlan,
	clearPlan,
	deleteSavedPlan,
	loadSavedPlan,
	refreshSavedPlan,
	resetPlanForm,
	savePlanOnDevice,
	setPlanHeader,
	setPlanText,
	togglePlanOption,
} from '../stores/safety-plan.ts';
import { createT } from '../i18n/t.ts';
import { planStrings } from '../i18n/lv/plan.ts';

const t = createT(planStrings);

export type SafetyPlanBuilderProps = {
	/** Emergency and crisis numbers with their source, from the resource directory. */
	emergency: { name: string; number: string; note?: string }[];
};

const day = (iso: string) => formatDateLv(iso.slice(0, 10));

/** Guided seven-part safety plan: one part at a time, print view, opt-in save, clear-all. */
export default function SafetyPlanBuilder({ emergency }: SafetyPlanBuilderProps) {
	const plan = useStore($plan);
	const saved = useStore($savedPlan);
	const [step, setStep] = useState(0);
	const [hydrated, setHydrated] = useState(false);
	const [message, setMessage] = useState('');
	const dialogRef = useRef<HTMLDialogElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);

	useEffect(() => {
		setHydrated(true);
		refreshSavedPlan();
		// Keep nothing: warn before leaving while the form holds text, and empty it when the page
		// is left, so Back (even from the back-forward cache) shows an empty form.
		const stopWarning = warnWhileDirty($plan, isPlanEmpty);
		const stopClearing = clearOnPagehide(() => {
			resetPlanForm();
			setStep(0);
			setMessage('');
		});
		return () => {
			stopWarning();
			stopClearing();
		};
	}, []);
	useFocusOnChange(headingRef, step);
	const goTo = setStep;
	const section = SAFETY_PLAN[step]!;
	const confirmSave = () => {
		dialogRef.current?.close();
		setMessage(savePlanOnDevice() ? t('plan.saved', { date: day(new Date().toISOString()) }) : '');
	};
	const clearAll = () => {
		if (window.confirm(t('plan.clearConfirm'))) {
			clearPlan();
			setStep(0);
			setMessage(t('plan.cleared'));
		}
	};

	return (
		<div class="safety-plan">
			<div class="no-print">
				<p class="callout">{t('plan.privacy')}</p>
				{hydrated && saved && (
					<div class="callout warning">
						<p>{t('plan.savedExists', { date: day(saved.savedAt) })}</p>
						<div class="button-row">
							<button type="button" class="button secondary" onClick={loadSavedPlan}>
								{t('plan.load')}
							</button>
							<button type="button" class="button danger" onClick={deleteSavedPlan}>
								{t('plan.deleteSaved')}
							</button>
						</div>
					</div>
				)}
				<form class="plan-form" onSubmit={(e) => e.preventDefault()}>
					<fieldset>
						<legend>{t('plan.title')}</legend>
						<div class="form-row">
							<label for="plan-name">{t('plan.nameLabel')}</label>
							<span class="help" id="plan-name-help">
								{t('plan.noName')}
							</span>
							<input
								id="plan-name"
								type="text"
								autocomplete="off"
								aria-describedby="plan-name-help"
								value={plan.name}
								disabled={!hydrated}
								onInput={(e) => setPlanHeader('name', (e.target as HTMLInputElement).value)}
							/>
						</div>
						<div class="form-row">
							<label for="plan-created">{t('plan.created')}</label>
							<input
								id="plan-created"
								type="date"
								value={plan.created}
								disabled={!hydrated}
								onInput={(e) => setPlanHeader('created', (e.target as HTMLInputElement).value)}
							/>
						</div>
						<div class="form-row">
							<label for="plan-review">{t('plan.review')}</label>
							<input
								id="plan-review"
								type="date"
								value={plan.review}
								disabled={!hydrated}
								onInput={(e) => setPlanHeader('review', (e.target as HTMLInputElement).value)}
							/>
						</div>
					</fieldset>
					<nav aria-label={t('plan.sections')}>
						<ol class="plan-steps">
							{SAFETY_PLAN.map((s, i) => (
								<li key={s.id}>
									<button
										type="button"
										class="linklike"
										aria-current={i === step ? 'step' : undefined}
										disabled={!hydrated}
										onClick={() => goTo(i)}
									>
										{i + 1}. {s.title}
									</button>
								</li>
							))}
						</ol>
					</nav>
					<section aria-labelledby="plan-section-title">
						<h2 id="plan-section-title" tabIndex={-1} ref={headingRef}>
							{t('plan.section', { n: step + 1 })}: {section.title}
						</h2>
						{section.intro && <p>{section.intro}</p>}
						{section.items.map((item) => (
							<div class="form-row" key={item.id}>
								{item.type === 'checks' ? (
									<fieldset>
										<legend>{item.label}</legend>
										{item.help && <p class="help">{item.help}</p>}
										<ul class="checklist">
											{item.options!.map((o) => (
												<li key={o}>
													<label>
														<input
															type="checkbox"
															checked={(plan.checks[item.id] ?? []).includes(o)}
															disabled={!hydrated}
															onChange={() => togglePlanOption(item.id, o)}
														/>
														<span>{o}</span>
													</label>
												</li>
											))}
										</ul>
										<label for={`plan-${item.id}`}>{t('plan.other')}</label>
										<textarea
											id={`plan-${item.id}`}
											value={plan.text[item.id] ?? ''}
											disabled={!hydrated}
											onInput={(e) => setPlanText(item.id, (e.target as HTMLTextAreaElement).value)}
										/>
									</fieldset>
								) : (
									<>
										<label for={`plan-${item.id}`}>{item.label}</label>
										{item.help && (
											<span class="help" id={`plan-${item.id}-help`}>
												{item.help}
											</span>
										)}
										<textarea
											id={`plan-${item.id}`}
											aria-describedby={item.help ? `plan-${item.id}-help` : undefined}
											value={plan.text[item.id] ?? ''}
											disabled={!hydrated}
											onInput={(e) => setPlanText(item.id, (e.target as HTMLTextAreaElement).value)}
										/>
									</>
								)}
							</div>
						))}
						{section.id === 'sazina' && <EmergencyList emergency={emergency} />}
					</section>
					<div class="button-row">
						<button
							type="button"
							class="button secondary"
							disabled={!hydrated || step === 0}
							onClick={() => goTo(step - 1)}
						>
							← {t('plan.prev')}
						</button>
						<button
							type="button"
							class="button secondary"
							disabled={!hydrated || step === SAFETY_PLAN.length - 1}
							onClick={() => goTo(step + 1)}
						>
							{t('plan.next')} →
						</button>
					</div>
				</form>
				<p class="callout warning">{t('plan.twoCopies')}</p>
				<div class="button-row">
					<button type="button" class="button" disabled={!hydrated} onClick={() => window.print()}>
						{t('plan.print')}
					</button>
					<button
						type="button"
						class="button secondary"
						disabled={!hydrated}
						onClick={() => dialogRef.current?.showModal()}
					>
						{t('plan.save')}
					</button>
					<button type="button" class="button danger" disabled={!hydrated} onClick={clearAll}>
						{t('plan.clear')}
					</button>
				</div>
				<p role="status">{message}</p>
				<dialog ref={dialogRef} aria-labelledby="plan-save-title" class="save-dialog">
					<h2 id="plan-save-title">{t('plan.saveWarningTitle')}</h2>
					<p>{t('plan.saveWarning')}</p>
					<div class="button-row">
						<button type="button" class="button" onClick={confirmSave}>
							{t('plan.saveConfirm')}
						</button>
						<button type="button" class="button secondary" onClick={() => dialogRef.current?.close()}>
							{t('plan.cancel')}
						</button>
					</div>
				</dialog>
			</div>
			<PrintView emergency={emergency} />
		</div>
	);
}

function EmergencyList({ emergency }: SafetyPlanBuilderProps) {
	return (
		<div class="print-block">
			<h3>{t('plan.emergency')}</h3>
			<ul>
				{emergency.map((e) => (
					<li key={e.number}>
						<a href={`tel:${e.number.replace(/ /g, '')}`}>{e.number}</a> — {e.name}
						{e.note && <span class="meta"> ({e.note})</span>}
					</li>
				))}
			</ul>
		</div>
	);
}

/** The whole plan as a document, shown only when printing. */
function PrintView({ emergency }: SafetyPlanBuilderProps) {
	const plan = useStore($plan);
	return (
		<div class="print-only plan-print" aria-hidden="true">
			{plan.name && (
				<p>
					<strong>{plan.name}</strong>
				</p>
			)}
			<p>
				{t('plan.created')}: {plan.created ? formatDateLv(plan.created) : t('plan.empty')} ·{' '}
				{t('plan.review')}: {plan.review ? formatDateLv(plan.review) : t('plan.empty')}
			</p>
			{SAFETY_PLAN.map((s, i) => (
				<section key={s.id} class="print-block">
					<h2>
						{i + 1}. {s.title}
					</h2>
					{s.items.map((item) => {
						const ticks = plan.checks[item.id] ?? [];
						const text = plan.text[item.id]?.trim();
						return (
							<p key={item.id}>
								<strong>{item.label}:</strong>{' '}
								{[ticks.join(', '), text].filter(Boolean).join('. ') || t('plan.empty')}
							</p>
						);
					})}
					{s.id === 'sazina' && <EmergencyList emergency={emergency} />}
				</section>
			))}
		</div>
	);
}
