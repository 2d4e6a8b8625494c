import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
	correctIsLongest,
	findCheckBiasIssues,
	findScenarioBiasIssues,
	formatShares,
	type CheckedLesson,
} from '../../../src/lib/content/position-bias.ts';
import { lessonSchema } from '../../../src/content/schemas/lesson.ts';
import { scenarioSchema } from '../../../src/content/schemas/scenario.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const lessonFixture = (name: string): CheckedLesson => {
	const data = lessonSchema.parse(readFixture(name));
	return { id: `vardarbiba/${name}`, file: name, course: data.course, check: data.check };
};

describe('knowledge-check build checks', () => {
	test('six two-option questions cannot keep position A under 40%: the build names the course and the questions', () => {
		const { issues, shares } = findCheckBiasIssues([lessonFixture('content/lesson-two-option-questions.mdx')]);
		expect(shares).toEqual([{ course: 'vardarbiba', total: 6, first: 3, longest: 0 }]);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.file).toBe('content/lessons/vardarbiba/');
		expect(issues[0]!.message).toMatch(
			/^Kursā "vardarbiba" pareizā atbilde ir A pozīcijā 3 no 6 jautājumiem \(50%; atļauts ne vairāk kā 40%\)\./,
		);
		expect(issues[0]!.message).toContain('content/lesson-two-option-questions.mdx → check.');
	});

	test('a correct option that is always the longest fails, printing the share and naming each question', () => {
		const { issues, shares } = findCheckBiasIssues([lessonFixture('content/lesson-correct-longest.mdx')]);
		expect(formatShares(shares)).toBe(
			'Kurss "vardarbiba": pareizā atbilde A pozīcijā 1/3 (33%), visgarākā 3/3 (100%).',
		);
		expect(issues.map((i) => `${i.file} → ${i.field}: ${i.message}`)).toEqual([
			'content/lessons/vardarbiba/ → check.options.text: Kursā "vardarbiba" pareizā atbilde ir visgarākā 3 no 3 jautājumiem (100%; atļauts ne vairāk kā 50%). ' +
				'Pagariniet ticamu nepareizo atbildi (kļūdu, ko darbinieks tiešām varētu pieļaut) vai saīsiniet pareizo, nezaudējot jēgu. ' +
				'Jautājumi: content/lesson-correct-longest.mdx → check.0 (termins); content/lesson-correct-longest.mdx → check.1 (vizite); content/lesson-correct-longest.mdx → check.2 (plans)',
		]);
	});

	test('"strictly the longest": a distractor of the same length is enough', () => {
		expect(correctIsLongest({ options: [{ text: 'abc', correct: true }, { text: 'ab' }] })).toBe(true);
		expect(correctIsLongest({ options: [{ text: 'abc', correct: true }, { text: 'xyz' }] })).toBe(false);
	});

	test("course A's lessons pass both checks", () => {
		const dir = 'content/lessons/vardarbiba';
		const lessons = readdirSync(dir).map((f) => {
			const text = readFileSync(`${dir}/${f}`, 'utf8');
			const data = lessonSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
			return { id: `vardarbiba/${f.replace(/\.mdx$/, '')}`, file: `${dir}/${f}`, course: data.course, check: data.check };
		});
		const { issues, shares } = findCheckBiasIssues(lessons);
		expect(issues).toEqual([]);
		expect(shares[0]!.first / shares[0]!.total).toBeLessThanOrEqual(0.4);
		expect(shares[0]!.longest / shares[0]!.total).toBeLessThanOrEqual(0.5);
	});
});

describe('scenario build check', () => {
	test('three decisions whose recommended choice is always A fail, naming the file and the nodes', () => {
		const data = scenarioSchema.parse(readFixture('scenarios/recommended-one-letter.json')) as unknown as Scenario;
		const issues = findScenarioBiasIssues({ id: 'viens-cels', file: 'scenarios/recommended-one-letter.json', data });
		expect(issues.map((i) => `${i.file} → ${i.field}: ${i.message}`)).toEqual([
			'scenarios/recommended-one-letter.json → nodes: Ieteicamā izvēle ir burtā A 3 no 3 lēmuma punktiem (atļauts ne vairāk kā 2): a, b, c. ' +
				'Secību aprēķina vietne; lēmuma punktam ar vienu izvēli pievienojiet ticamu alternatīvu.',
		]);
	});

	test('every scenario in content/ passes', () => {
		for (const f of readdirSync('content/scenarios')) {
			const data = parse(readFileSync(`content/scenarios/${f}`, 'utf8')) as Scenario;
			expect(findScenarioBiasIssues({ id: f.replace(/\.yaml$/, ''), file: f, data })).toEqual([]);
		}
	});
});
