import { adviceFor, kindOf, type ChecklistDef, type ChecklistState } from './model.ts';
import { outcomeOf } from './outcome.ts';

/** Labels the text summary uses (from the island's strings). */
export type SummaryLabels = {
	yes: string;
	no: string;
	ticked: string;
	notTicked: string;
	unanswered: string;
	note: string;
	advice: string;
	outcome: string;
};

/** One section as the user answered it. */
export type SectionSummary = {
	id: string;
	title: string;
	items: { id: string; text: string; answer: string | null; advice?: string }[];
	note: string;
	answered: number;
};

/** The label of an item's answer under its section's kind; null when unanswered. */
function answerLabel(def: ChecklistDef, sectionId: string, value: string | undefined, l: SummaryLabels) {
	const kind = kindOf(def, sectionId);
	if (kind === 'tick') return value === 'yes' ? l.ticked : l.notTicked;
	if (value === undefined) return null;
	if (kind === 'yes-no') return value === 'yes' ? l.yes : l.no;
	return kind.find((k) => k.value === value)?.label ?? null;
}

/**
 * The answers grouped by section, with advice shown for items ticked or answered "yes" (or an
 * `adviceWhen` answer), the
 * section's note and how many items have an answer.
 */
export function summarize(def: ChecklistDef, state: ChecklistState, labels: SummaryLabels): SectionSummary[] {
	return def.sections.map((s) => ({
		id: s.id,
		title: s.title,
		items: s.items.map((i) => ({
			id: i.id,
			text: i.text,
			answer: answerLabel(def, s.id, state.answers[i.id], labels),
			advice: adviceFor(i, state.answers[i.id]),
		})),
		note: state.notes[s.id]?.trim() ?? '',
		answered: s.items.filter((i) => state.answers[i.id] !== undefined).length,
	}));
}

/**
 * The checklist as plain text for copy and print: title, each section with every item and its
 * answer, advice, notes and the outcome. `plain` turns item text into what a reader sees
 * (e.g. citation markers to „(Rokasgrāmata, 2.3.)”); by default the text is kept as written.
 */
export function asText(
	def: ChecklistDef & { title: string },
	state: ChecklistState,
	labels: SummaryLabels,
	plain: (text: string) => string = (t) => t,
): string {
	const lines = [def.title, ''];
	for (const s of summarize(def, state, labels)) {
		lines.push(s.title);
		for (const i of s.items) {
			lines.push(`- ${plain(i.text)}: ${i.answer ?? labels.unanswered}`);
			if (i.advice) lines.push(`  ${labels.advice}: ${plain(i.advice)}`);
		}
		if (s.note) lines.push(`${labels.note}: ${s.note}`);
		lines.push('');
	}
	const outcome = outcomeOf(def, state);
	if (outcome) lines.push(`${labels.outcome}: ${plain(outcome.text)}`, '');
	return lines.join('\n').trimEnd() + '\n';
}
