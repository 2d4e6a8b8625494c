import { atom, computed } from 'nanostores';
import { deviceCopy, storageKey } from './kept.ts';
import {
	decodePlanValues,
	emptyPlan,
	withText,
	withToggle,
	type PlanValues,
	type SavedPlan,
} from '../lib/safety-plan/model.ts';

/**
 * The plan being filled in. In memory only, never in the tab's storage: what a client's plan holds
 * is written nowhere unless the user saves it. The island warns before leaving while it holds
 * text (`warnWhileDirty`) and clears it when the page is left (`clearOnPagehide`).
 */
export const $plan = atom<PlanValues>(emptyPlan());

/** The opt-in copy on this device (`pc:safety-plan:v1`, the stored format unchanged). */
const copy = deviceCopy(storageKey('safety-plan', null, 1), decodePlanValues);

/** The copy saved on this device, if the user chose to save one. */
export const $savedPlan = computed(copy.$saved, (c): SavedPlan | null =>
	c ? { v: 1, savedAt: c.savedAt, values: c.value } : null,
);

/** Reads whether a saved copy exists (called after hydration; never loads it into the form). */
export const refreshSavedPlan = (): void => copy.refresh();

/** Sets a free-text field. */
export function setPlanText(itemId: string, value: string): void {
	$plan.set(withText($plan.get(), itemId, value));
}

/** Ticks or unticks an option. */
export function togglePlanOption(itemId: string, option: string): void {
	$plan.set(withToggle($plan.get(), itemId, option));
}

/** Sets a header field (name, created, review). */
export function setPlanHeader(field: 'name' | 'created' | 'review', value: string): void {
	$plan.set({ ...$plan.get(), [field]: value });
}

/** Saves the plan on this device (only after the user confirmed the warning). */
export const savePlanOnDevice = (): boolean => copy.save($plan.get());

/** Opens the saved copy in the form. */
export function loadSavedPlan(): void {
	const saved = copy.$saved.get();
	if (saved) $plan.set(saved.value);
}

/** Deletes the saved copy. */
export const deleteSavedPlan = (): void => copy.remove();

/** Empties the form (the saved copy stays). */
export const resetPlanForm = (): void => $plan.set(emptyPlan());

/** Clears the form and the saved copy. */
export function clearPlan(): void {
	resetPlanForm();
	deleteSavedPlan();
}
