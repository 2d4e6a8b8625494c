import { contentHash } from '../scenario/hash.ts';
import { emptyState, kindOf, sectionOf, valuesOf, type ChecklistDef, type ChecklistState } from './model.ts';

/** The checklist's content hash: stored answers are restored only while the sections are unchanged. */
export function checklistHash(def: Pick<ChecklistDef, 'sections' | 'answers'>): string {
	// contentHash is FNV-1a over canonical JSON; it reads any value, not only a scenario.
	return contentHash({ answers: def.answers, sections: def.sections } as never);
}

/** Stored form: `{ v: 1, hash, answers, notes }`. */
export function encodeChecklist(def: ChecklistDef, state: ChecklistState): string {
	return JSON.stringify({ v: 1, hash: checklistHash(def), answers: state.answers, notes: state.notes });
}

/**
 * Decodes stored answers defensively: null for corrupt JSON, another version or changed content
 * (hash mismatch); otherwise keeps only known item ids with values their section allows, and
 * notes of known sections.
 */
export function decodeChecklist(def: ChecklistDef, raw: string | null): ChecklistState | null {
	if (!raw) return null;
	let d: { v?: unknown; hash?: unknown; answers?: unknown; notes?: unknown };
	try {
		d = JSON.parse(raw) as typeof d;
	} catch {
		return null;
	}
	if (!d || d.v !== 1 || d.hash !== checklistHash(def)) return null;
	const out = emptyState();
	if (d.answers && typeof d.answers === 'object')
		for (const [id, value] of Object.entries(d.answers)) {
			const s = sectionOf(def, id);
			if (s && typeof value === 'string' && valuesOf(kindOf(def, s.id)).includes(value))
				out.answers[id] = value;
		}
	if (def.notes && d.notes && typeof d.notes === 'object')
		for (const [id, text] of Object.entries(d.notes))
			if (typeof text === 'string' && def.sections.some((s) => s.id === id)) out.notes[id] = text;
	return out;
}
