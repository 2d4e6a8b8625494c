import type { Choice, Ending, Scenario, ScenarioNode } from '../scenario/types.ts';
import { decisionNodes } from './handout.ts';
import { displayChoices } from './display.ts';

/** Where an option leads, as the answer key names it: a numbered decision point or an ending. */
export type KeyTarget =
	| { kind: 'point'; number: number; title: string }
	| { kind: 'ending'; title: string; outcome: Ending['outcome'] };

/** One option of a decision point, with its letter as on the handout and projector (`displayChoices`). */
export type KeyOption = { letter: string; choice: Choice; leadsTo: KeyTarget };

/** One decision point of the answer key, numbered as on the handout. */
export type KeyPoint = { id: string; number: number; node: ScenarioNode; options: KeyOption[] };

/** The trainer's answer key: decision points in handout order, then the endings in reading order. */
export type AnswerKey = { points: KeyPoint[]; endings: { id: string; title: string; ending: Ending }[] };

/**
 * Builds the answer key for a (validated) scenario. Numbers and letters match the handout, so a
 * trainer can say "point 3, option B" to a room holding the handout.
 */
export function answerKey(scenario: Scenario, scenarioId: string): AnswerKey {
	const points = decisionNodes(scenario);
	const number = new Map(points.map(([id], i) => [id, i + 1]));
	const endingIds: string[] = [];
	const target = (next: string): KeyTarget => {
		const node = scenario.nodes[next]!;
		if (node.ending) {
			if (!endingIds.includes(next)) endingIds.push(next);
			return { kind: 'ending', title: node.title, outcome: node.ending.outcome };
		}
		return { kind: 'point', number: number.get(next)!, title: node.title };
	};
	return {
		points: points.map(([id, node], i) => ({
			id,
			number: i + 1,
			node,
			options: displayChoices(scenario, scenarioId, id).map(({ letter, choice }) => ({
				letter,
				choice,
				leadsTo: target(choice.next),
			})),
		})),
		endings: endingIds.map((id) => ({
			id,
			title: scenario.nodes[id]!.title,
			ending: scenario.nodes[id]!.ending!,
		})),
	};
}
