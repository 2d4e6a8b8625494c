import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/lv.ts';
import { nextTabIndex } from '../lib/ui/tabs.ts';

export type CaseStepperProps = {
	processId: string;
	stages: {
		id: string;
		title: string;
		lines?: string;
		summary?: string;
		steps: { id: string; text: string; lines?: string }[];
	}[];
};

/**
 * The case-work stages as WAI-ARIA tabs (arrow keys, Home/End, roving tabindex) with each
 * stage's steps as a checklist kept only in memory, plus previous/next stage buttons.
 */
export default function CaseStepper({ processId, stages }: CaseStepperProps) {
	const [active, setActive] = useState(0);
	const [done, setDone] = useState<Record<string, boolean>>({});
	const [hydrated, setHydrated] = useState(false);
	const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
	useEffect(() => setHydrated(true), []);

	const select = (i: number, focus = false) => {
		setActive(i);
		if (focus) tabRefs.current[i]?.focus();
	};
	const onKeyDown = (e: KeyboardEvent) => {
		const next = nextTabIndex(e.key, active, stages.length);
		if (next !== null) {
			e.preventDefault();
			select(next, true);
		}
	};
	const stage = stages[active]!;
	const tabId = (i: number) => `${processId}-tab-${i}`;
	const panelId = (i: number) => `${processId}-panel-${i}`;

	return (
		<div class="case-stepper">
			{/* eslint-disable-next-line jsx-a11y/interactive-supports-focus -- roving tabindex: focus sits on the tabs inside, the list handles their arrow keys */}
			<div role="tablist" aria-label={t('process.stages')} onKeyDown={onKeyDown}>
				{stages.map((s, i) => (
					<button
						key={s.id}
						ref={(el) => {
							tabRefs.current[i] = el;
						}}
						id={tabId(i)}
						type="button"
						role="tab"
						aria-selected={i === active}
						aria-controls={panelId(i)}
						tabIndex={i === active ? 0 : -1}
						onClick={() => select(i)}
					>
						{i + 1}. {s.title}
					</button>
				))}
			</div>
			<div role="tabpanel" id={panelId(active)} aria-labelledby={tabId(active)} tabIndex={0}>
				<h3>
					{t('process.stage', { n: active + 1 })}: {stage.title}
				</h3>
				{stage.summary && <p>{stage.summary}</p>}
				<ul class="checklist">
					{stage.steps.map((step) => {
						const key = `${stage.id}/${step.id}`;
						return (
							<li key={key}>
								<label>
									<input
										type="checkbox"
										checked={!!done[key]}
										disabled={!hydrated}
										onChange={() => setDone((d) => ({ ...d, [key]: !d[key] }))}
									/>
									<span>
										{step.text}
										{step.lines && <span class="meta"> (001, {step.lines})</span>}
									</span>
								</label>
							</li>
						);
					})}
				</ul>
				<div class="button-row">
					<button
						type="button"
						class="button secondary"
						disabled={!hydrated || active === 0}
						onClick={() => select(active - 1)}
					>
						← {t('process.prev')}
					</button>
					<button
						type="button"
						class="button secondary"
						disabled={!hydrated || active === stages.length - 1}
						onClick={() => select(active + 1)}
					>
						{t('process.next')} →
					</button>
				</div>
			</div>
		</div>
	);
}
