import { describe, expect, test } from 'vitest';
import { answerKey } from '../../../src/lib/scenario-views/answer-key.ts';
import { sourceCitation } from '../../../src/lib/scenario-views/cited.ts';
import { decisionNodes } from '../../../src/lib/scenario-views/handout.ts';
import { displayChoices } from '../../../src/lib/scenario-views/display.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const scenario = readFixture('scenarios/valid.json') as Scenario;

describe('answer key', () => {
	const key = answerKey(scenario, 'valid');

	test('numbers the decision points as the handout does', () => {
		expect(key.points.map((p) => [p.number, p.id])).toEqual(
			decisionNodes(scenario).map(([id], i) => [i + 1, id]),
		);
	});

	test('gives every option its letter as every view shows it, its judgement and where it leads', () => {
		const first = key.points[0]!;
		const shown = displayChoices(scenario, 'valid', 'sakums');
		expect(first.options.map((o) => [o.letter, o.choice.id])).toEqual(
			shown.map((d) => [d.letter, d.choice.id]),
		);
		expect(first.options.map((o) => o.letter)).toEqual(['A', 'B']);
		const zvanu = first.options.find((o) => o.choice.id === 'zvanu')!;
		expect(zvanu.choice.quality).toBe('recommended');
		const majas = key.points.find((p) => p.id === 'majas')!.number;
		expect(zvanu.leadsTo).toEqual({ kind: 'point', number: majas, title: 'Mājas vizīte' });
		const gaidisana = key.points.find((p) => p.id === 'gaidisana')!;
		const close = gaidisana.options.find((o) => o.choice.next === 'beigas-slikti')!;
		expect(close.leadsTo).toEqual({ kind: 'ending', title: 'Lieta slēgta', outcome: 'poor' });
	});

	test('a loop back to an earlier point names that point, not a new one', () => {
		const back = key.points
			.find((p) => p.id === 'gaidisana')!
			.options.find((o) => o.choice.next === 'sakums')!;
		expect(back.leadsTo).toMatchObject({ kind: 'point', number: 1 });
	});

	test('lists each ending once, in the order the key first reaches it', () => {
		expect(key.endings.map((e) => e.id)).toEqual(['beigas-labi', 'beigas-slikti']);
		expect(key.endings.every((e) => e.ending.debrief.length > 0)).toBe(true);
	});
});

test('sourceCitation writes a choice source in the citation syntax, leaving out what is missing', () => {
	expect(sourceCitation({ document: '000', lines: '10–12', note: 'slaids 4' })).toBe(
		'[@000, 10–12] — slaids 4',
	);
	expect(sourceCitation({ document: '004' })).toBe('[@004]');
});
