import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { runSheet, teachingPoint } from '../../../src/lib/scenario-views/run-sheet.ts';
import { displayChoices } from '../../../src/lib/scenario-views/display.ts';
import { decisionNodes } from '../../../src/lib/scenario-views/handout.ts';
import { mainLine } from '../../../src/lib/scenario-views/main-line.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const fixture = readFixture('scenarios/valid.json') as Scenario;

describe('run sheet', () => {
	test('one row per decision point, numbered as on the handout, with the recommended letter from displayChoices', () => {
		const sheet = runSheet(fixture, 'valid');
		expect(sheet.points.map((p) => [p.number, p.id])).toEqual(
			decisionNodes(fixture).map(([id], i) => [i + 1, id]),
		);
		for (const p of sheet.points) {
			const shown = displayChoices(fixture, 'valid', p.id);
			expect(p.options.map((o) => [o.letter, o.choiceId])).toEqual(shown.map((d) => [d.letter, d.choice.id]));
			expect(p.recommended).toEqual(
				shown.filter((d) => d.choice.quality === 'recommended').map((d) => d.letter),
			);
		}
		const majas = sheet.points.find((p) => p.id === 'majas')!;
		expect(majas.options.find((o) => o.choiceId === 'runaju-ar-berniem')!.requires).toEqual({
			var: 'uzticiba',
			op: '>=',
			value: 1,
		});
		expect(sheet.points.find((p) => p.id === 'gaidisana')!.onMainLine).toBe(false);
	});

	test('timing: the scenario minutes over the decisions on the main line', () => {
		const sheet = runSheet(fixture, 'valid');
		expect(sheet.mainLineLength).toBe(2);
		expect(sheet.minutesPerDecision).toBe(3); // 5 min / 2 decisions, rounded
	});

	test('the teaching point is quoted from the notes, else from the recommended feedback', () => {
		expect(
			teachingPoint(
				'Seku mezgls. Marija nevar ietekmēt saskarsmi ar citiem cilvēkiem. Vēl kas.',
				'Atsauksme.',
			),
		).toEqual({ text: 'Marija nevar ietekmēt saskarsmi ar citiem cilvēkiem.', from: 'notes' });
		expect(
			teachingPoint(undefined, 'Jūs atjaunojat drošu vidi un neatklājat aizdomas. Avots prasa.'),
		).toEqual({
			text: 'Jūs atjaunojat drošu vidi un neatklājat aizdomas.',
			from: 'feedback',
		});
		expect(teachingPoint('', 'Īsi.')).toEqual({ text: 'Īsi.', from: 'feedback' });
	});

	test('every real scenario gets a sheet: each point has a recommended letter or a stated fallback, and a teaching point taken word for word', () => {
		const dir = 'content/scenarios';
		for (const file of readdirSync(dir)) {
			const id = file.replace(/\.yaml$/, '');
			const scenario = parse(readFileSync(`${dir}/${file}`, 'utf8')) as Scenario;
			const sheet = runSheet(scenario, id);
			expect(sheet.points).toHaveLength(decisionNodes(scenario).length);
			expect(sheet.mainLineLength).toBe(mainLine(scenario, id).length);
			for (const p of sheet.points) {
				expect(p.recommended.length, `${id}/${p.id}`).toBeGreaterThan(0);
				const node = scenario.nodes[p.id]!;
				const said = (
					p.teachingFrom === 'notes'
						? node.facilitator!.notes!
						: node.choices!.map((c) => c.feedback).join(' ')
				).replace(/\s+/g, ' ');
				expect(p.teachingPoint.length, `${id}/${p.id}`).toBeGreaterThan(20);
				expect(said, `${id}/${p.id}`).toContain(p.teachingPoint);
			}
		}
	});
});
