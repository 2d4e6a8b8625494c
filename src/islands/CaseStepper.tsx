import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { emptyState, toggle, type ChecklistDef, type ChecklistState } from '../lib/checklist/model.ts';
import { decodeChecklist, encodeChecklist } from '../lib/checklist/codec.ts';
import { storageKey, tabAtom } from '../stores/kept.ts';
import { createT } from '../i18n/t.ts';
import { processStrings } from '../i18n/lv/process.ts';
import { nextTabIndex } from '../lib/ui/tabs.ts';

const t = createT(processStrings);

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

/** The stages as a tick checklist for the checklist engine: a section per stage, an item per step. */
export function processChecklist(stages: CaseStepperProps['stages']): ChecklistDef {
	return {
		answers: 'tick',
		notes: false,
		sections: stages.map((s) => ({
			id: s.id,
			title: s.title,
			items: s.steps.map((step) => ({ id: `${s.id}--${step.id}`, text: step.text })),
		})),
	};
}

/** What the stepper keeps in the tab: the open stage and the ticked steps (checklist engine state). */
type Kept = { active: number; ticks: ChecklistState };

/**
 * The case-work stages as WAI-ARIA tabs (arrow keys, Home/End, roving tabindex) with each
 * stage's steps as a tick checklist (lib/checklist), kept in this tab so a reload keeps the
 * open stage and the ticks; quick exit and closing the tab clear them.
 */
export default function CaseStepper({ processId, stages }: CaseStepperProps) {
	const [def] = useState(() => processChecklist(stages));
	const [$kept] = useState(() =>
		tabAtom<Kept>(
			storageKey('process', processId, 1),
			{ active: 0, ticks: emptyState() },
			(raw) => {
				const d = JSON.parse(raw) as { active?: unknown; ticks?: string };
				const ticks = decodeChecklist(def, d.ticks ?? null);
				const active =
					typeof d.active === 'number' && d.active >= 0 && d.active < stages.length ? d.active : 0;
				return ticks ? { active, ticks } : null;
			},
			(k) => JSON.stringify({ active: k.active, ticks: encodeChecklist(def, k.ticks) }),
		),
	);
	const { active, ticks } = useStore($kept);
	const [hydrated, setHydrated] = useState(false);
	const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
	useEffect(() => {
		$kept.restore();
		setHydrated(true);
	}, []);

	const select = (i: number, focus = false) => {
		$kept.set({ ...$kept.get(), active: i });
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
						const key = `${stage.id}--${step.id}`;
						return (
							<li key={key}>
								<label>
									<input
										type="checkbox"
										checked={ticks.answers[key] === 'yes'}
										disabled={!hydrated}
										onChange={() => $kept.set({ ...$kept.get(), ticks: toggle(def, $kept.get().ticks, key) })}
									/>
									<span>{step.text}</span>
								</label>
							</li>
						);
					})}
				</ul>
				<p class="meta">{t('process.kept')}</p>
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
