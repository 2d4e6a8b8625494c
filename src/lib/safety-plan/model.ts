import { SAFETY_PLAN } from './template.ts';

/** What the user typed: text per item id, ticked options per item id, and header fields. */
export type PlanValues = {
	name: string;
	created: string;
	review: string;
	text: Record<string, string>;
	checks: Record<string, string[]>;
};

/** The stored form, only written when the user explicitly saves on this device. */
export type SavedPlan = { v: 1; savedAt: string; values: PlanValues };

/** An empty plan. */
export function emptyPlan(): PlanValues {
	return { name: '', created: '', review: '', text: {}, checks: {} };
}

/** True when nothing has been typed or ticked. */
export function isPlanEmpty(p: PlanValues): boolean {
	return (
		!p.name &&
		!p.created &&
		!p.review &&
		Object.values(p.text).every((v) => !v.trim()) &&
		Object.values(p.checks).every((v) => v.length === 0)
	);
}

/** Returns the plan with one text field changed. */
export function withText(p: PlanValues, itemId: string, value: string): PlanValues {
	return { ...p, text: { ...p.text, [itemId]: value } };
}

/** Returns the plan with one option ticked or unticked. */
export function withToggle(p: PlanValues, itemId: string, option: string): PlanValues {
	const now = p.checks[itemId] ?? [];
	const next = now.includes(option) ? now.filter((o) => o !== option) : [...now, option];
	return { ...p, checks: { ...p.checks, [itemId]: next } };
}

const ITEM_IDS = new Set(SAFETY_PLAN.flatMap((s) => s.items.map((i) => i.id)));
const isStr = (x: unknown): x is string => typeof x === 'string';

/** Decodes stored plan values, keeping only known item ids; null for a wrong shape. */
export function decodePlanValues(raw: unknown): PlanValues | null {
	const v = raw as Partial<PlanValues> | null | undefined;
	if (!v || typeof v !== 'object' || !isStr(v.name) || !isStr(v.created) || !isStr(v.review)) return null;
	const values = emptyPlan();
	values.name = v.name;
	values.created = v.created;
	values.review = v.review;
	for (const [k, val] of Object.entries(v.text ?? {}))
		if (ITEM_IDS.has(k) && isStr(val)) values.text[k] = val;
	for (const [k, val] of Object.entries(v.checks ?? {}))
		if (ITEM_IDS.has(k) && Array.isArray(val)) values.checks[k] = val.filter(isStr);
	return values;
}

/** Decodes a saved plan; anything corrupt, of another version or shape gives null. */
export function decodeSavedPlan(raw: string | null): SavedPlan | null {
	if (!raw) return null;
	try {
		const d = JSON.parse(raw) as Partial<SavedPlan>;
		const values = d.v === 1 && isStr(d.savedAt) ? decodePlanValues(d.values) : null;
		return values ? { v: 1, savedAt: d.savedAt!, values } : null;
	} catch {
		return null;
	}
}
