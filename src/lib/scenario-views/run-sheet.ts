import type { Condition, Ending, Quality, Scenario } from '../scenario/types.ts';
import { answerKey, type KeyTarget } from './answer-key.ts';
import { mainLine } from './main-line.ts';
import { sentences, wordCount } from '../text/sentences.ts';

/** One option on the run sheet: its letter (as `displayChoices` gives it), verdict and destination. */
export type SheetOption = {
	letter: string;
	choiceId: string;
	quality: Quality;
	leadsTo: KeyTarget;
	/** Offered only while this holds (the option's `requires`). */
	requires?: Condition;
};

/** One decision point of the run sheet, numbered as on the handout and the answer key. */
export type SheetPoint = {
	number: number;
	id: string;
	title: string;
	/** Letters of the recommended options (usually one). */
	recommended: string[];
	options: SheetOption[];
	/** The point to bring home here, quoted from the scenario (see `teachingPoint`). */
	teachingPoint: string;
	/** Where the teaching point comes from. */
	teachingFrom: 'notes' | 'feedback';
	/** Whether the point lies on the main line (the group following the recommended options). */
	onMainLine: boolean;
};

/** A one-page plan for running a scenario with a group, built from the scenario data only. */
export type RunSheet = {
	title: string;
	minutes: number;
	goals: string[];
	/** Decision points on the main line (as the projector's "2. lēmums no 6" counts them). */
	mainLineLength: number;
	/** Suggested minutes per decision: the scenario's minutes over the main line, rounded, at least 1. */
	minutesPerDecision: number;
	points: SheetPoint[];
	endings: { id: string; title: string; outcome: Ending['outcome'] }[];
};

/** A sentence long enough to carry a point (six words or more). */
const substantial = (s: string) => wordCount(s) >= 6;

/**
 * The key teaching point of a decision point, quoted, never written anew: the first substantial
 * sentence of the facilitator's notes; where a node has no notes (or none substantial), the first
 * substantial sentence of the recommended option's feedback (the first option's, if none is
 * recommended).
 */
export function teachingPoint(
	notes: string | undefined,
	feedback: string,
): { text: string; from: 'notes' | 'feedback' } {
	const fromNotes = sentences(notes ?? '').find(substantial);
	if (fromNotes) return { text: fromNotes, from: 'notes' };
	const fb = sentences(feedback);
	return { text: fb.find(substantial) ?? fb[0] ?? '', from: 'feedback' };
}

/** Builds the run sheet of a (validated) scenario; letters and numbers match every other view. */
export function runSheet(scenario: Scenario, scenarioId: string): RunSheet {
	const key = answerKey(scenario, scenarioId);
	const line = new Set(mainLine(scenario, scenarioId));
	const mainLineLength = Math.max(1, line.size);
	return {
		title: scenario.title,
		minutes: scenario.minutes,
		goals: scenario.goals,
		mainLineLength,
		minutesPerDecision: Math.max(1, Math.round(scenario.minutes / mainLineLength)),
		points: key.points.map((p) => {
			const recommended = p.options.filter((o) => o.choice.quality === 'recommended');
			const lead = recommended[0] ?? p.options[0];
			const tp = teachingPoint(p.node.facilitator?.notes, lead?.choice.feedback ?? '');
			return {
				number: p.number,
				id: p.id,
				title: p.node.title,
				recommended: recommended.map((o) => o.letter),
				options: p.options.map((o) => ({
					letter: o.letter,
					choiceId: o.choice.id,
					quality: o.choice.quality,
					leadsTo: o.leadsTo,
					...(o.choice.requires ? { requires: o.choice.requires } : {}),
				})),
				teachingPoint: tp.text,
				teachingFrom: tp.from,
				onMainLine: line.has(p.id),
			};
		}),
		endings: key.endings.map((e) => ({ id: e.id, title: e.title, outcome: e.ending.outcome })),
	};
}
