import { describe, expect, test } from 'vitest';
import { answerKey } from '../../../src/lib/scenario-views/answer-key.ts';
import { sourceCitation } from '../../../src/lib/scenario-views/cited.ts';
import { decisionNodes } from '../../../src/lib/scenario-views/handout.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const scenario = readFixture('scenarios/valid.json') as Scenario;

describe('answer key', () => {
	const key = answerKey(scenario);

	test('numbers the decision points as the handout does', () => {
		expect(key.points.map((p) => [p.number, p.id])).toEqual(
			decisionNodes(scenario).map(([id], i) => [i + 1, id]),
		);
	});

	test('gives every option its letter, its judgement and where it leads', () => {
		const first = key.points[0]!;
		expect(first.options.map((o) => [o.letter, o.choice.id, o.choice.quality])).toEqual([
			['A', 'zvanu', scenario.nodes.sakums!.choices![0]!.quality],
			['B', 'gaidu', scenario.nodes.sakums!.choices![1]!.quality],
		]);
		const majas = key.points.find((p) => p.id === 'majas')!.number;
		expect(first.options[0]!.leadsTo).toEqual({ kind: 'point', number: majas, title: 'Mājas vizīte' });
		const close = key.points.find((p) => p.id === 'gaidisana')!.options[1]!;
		expect(close.leadsTo).toEqual({ kind: 'ending', title: 'Lieta slēgta', outcome: 'poor' });
	});

	test('a loop back to an earlier point names that point, not a new one', () => {
		const back = key.points.find((p) => p.id === 'gaidisana')!.options[0]!;
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
