/**
 * The checklist engine's model (ARCHITECTURE-NEXT §4): the narrow shape of a checklist it reads,
 * the user's answers and notes, and the actions on them. Pure: no DOM, no storage.
 */

/** How a section's items are answered. */
export type AnswerKind = 'tick' | 'yes-no' | { value: string; label: string }[];

/** What the engine reads of a checklist tool (the schema's output is assignable to it). */
export type ChecklistDef = {
	answers: AnswerKind;
	notes: boolean;
	sections: {
		id: string;
		title: string;
		answers?: AnswerKind;
		items: { id: string; text: string; help?: string; advice?: string; adviceWhen?: string[] }[];
	}[];
	outcomes?: {
		id: string;
		text: string;
		when: { all?: { item: string; is: string }[]; any?: { item: string; is: string }[] };
	}[];
};

/** The user's answers (item id → 'yes' | 'no' | scale value) and notes (section id → text). */
export type ChecklistState = { answers: Record<string, string>; notes: Record<string, string> };

/** Nothing answered, no notes. */
export function emptyState(): ChecklistState {
	return { answers: {}, notes: {} };
}

/** The answer kind of a section (its own, else the checklist's). */
export function kindOf(def: ChecklistDef, sectionId: string): AnswerKind {
	return def.sections.find((s) => s.id === sectionId)?.answers ?? def.answers;
}

/** The values an answer kind allows. */
export function valuesOf(kind: AnswerKind): string[] {
	if (kind === 'tick') return ['yes'];
	if (kind === 'yes-no') return ['yes', 'no'];
	return kind.map((k) => k.value);
}

/** The section an item is in, or undefined. */
export function sectionOf(def: ChecklistDef, itemId: string): ChecklistDef['sections'][number] | undefined {
	return def.sections.find((s) => s.items.some((i) => i.id === itemId));
}

/**
 * Answers an item. Choosing the value it already has clears it (so a tick unticks, and a
 * yes/no or scale answer can be taken back); an unknown item or value changes nothing.
 */
export function answer(
	def: ChecklistDef,
	state: ChecklistState,
	itemId: string,
	value: string,
): ChecklistState {
	const section = sectionOf(def, itemId);
	if (!section || !valuesOf(section.answers ?? def.answers).includes(value)) return state;
	const answers = { ...state.answers };
	if (answers[itemId] === value) delete answers[itemId];
	else answers[itemId] = value;
	return { ...state, answers };
}

/** Ticks or unticks a tick item. */
export function toggle(def: ChecklistDef, state: ChecklistState, itemId: string): ChecklistState {
	return answer(def, state, itemId, 'yes');
}

/** Sets a section's note (only when the checklist has notes). */
export function note(
	def: ChecklistDef,
	state: ChecklistState,
	sectionId: string,
	text: string,
): ChecklistState {
	if (!def.notes || !def.sections.some((s) => s.id === sectionId)) return state;
	const notes = { ...state.notes };
	if (text) notes[sectionId] = text;
	else delete notes[sectionId];
	return { ...state, notes };
}

/** True when nothing is answered and every note is blank. */
export function isEmpty(state: ChecklistState): boolean {
	return Object.keys(state.answers).length === 0 && Object.values(state.notes).every((n) => !n.trim());
}

/** The item's advice when its answer is one that shows it (`adviceWhen`, default 'yes'); else undefined. */
export function adviceFor(
	item: { advice?: string; adviceWhen?: string[] },
	value: string | undefined,
): string | undefined {
	if (!item.advice || value === undefined) return undefined;
	return (item.adviceWhen ?? ['yes']).includes(value) ? item.advice : undefined;
}
