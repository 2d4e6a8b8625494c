import { atom } from 'nanostores';
import { safeStorage } from './storage.ts';
import {
	SAVED_PLAN_KEY,
	decodeSavedPlan,
	emptyPlan,
	withText,
	withToggle,
	type PlanValues,
	type SavedPlan,
} from '../lib/safety-plan/model.ts';

/** The plan being filled in. In memory only: closing the tab forgets it. */
export const $plan = atom<PlanValues>(emptyPlan());
/** The copy saved on this device, if the user chose to save one. */
export const $savedPlan = atom<SavedPlan | null>(null);

const storage = () => safeStorage('local');

/** Reads whether a saved copy exists (called after hydration; never loads it into the form). */
export function refreshSavedPlan(): void {
	$savedPlan.set(decodeSavedPlan(storage()?.getItem(SAVED_PLAN_KEY) ?? null));
}

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
export function savePlanOnDevice(): boolean {
	const saved: SavedPlan = { v: 1, savedAt: new Date().toISOString(), values: $plan.get() };
	try {
		storage()?.setItem(SAVED_PLAN_KEY, JSON.stringify(saved));
		$savedPlan.set(saved);
		return true;
	} catch {
		return false;
	}
}

/** Opens the saved copy in the form. */
export function loadSavedPlan(): void {
	const saved = $savedPlan.get();
	if (saved) $plan.set(saved.values);
}

/** Deletes the saved copy. */
export function deleteSavedPlan(): void {
	try {
		storage()?.removeItem(SAVED_PLAN_KEY);
	} catch {
		/* nothing stored then */
	}
	$savedPlan.set(null);
}

/** Clears the form and the saved copy. */
export function clearPlan(): void {
	$plan.set(emptyPlan());
	deleteSavedPlan();
}
