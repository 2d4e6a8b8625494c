import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	MAX_LESSON_MINUTES,
	lessonLengthProblem,
	lessonMinutes,
	readingWords,
} from '../../../src/lib/content/minutes.ts';

const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/content/lesson-too-long.mdx'), 'utf8');
const words = (n: number) => Array.from({ length: n }, () => 'vārds').join(' ');

describe('readingWords', () => {
	test('counts the reading text only: no frontmatter, tags, citations, link targets or Markdown marks', () => {
		const mdx = [
			'---',
			'title: Virsraksts ar četriem vārdiem',
			'---',
			"import X from './x.astro';",
			'## Drošības plāns',
			'<Callout type="gap" title="Nav avotā">Avots klusē [@000, 10–12].</Callout>',
			'Skatiet [resursu katalogu](/resursi/krizes-centrs/) — **tūlīt** [@secinajums].',
			'| a | b |',
		].join('\n');
		expect(readingWords(mdx)).toEqual([
			'Drošības',
			'plāns',
			'Avots',
			'klusē',
			'.',
			'Skatiet',
			'resursu',
			'katalogu',
			'tūlīt',
			'.',
			'a',
			'b',
		].filter((w) => w !== '.'));
	});
});

describe('lessonMinutes', () => {
	test('180 words make one minute, and each question adds a minute', () => {
		expect(lessonMinutes(words(180), 0)).toBe(1);
		expect(lessonMinutes(words(181), 0)).toBe(2);
		expect(lessonMinutes(words(1800), 5)).toBe(15);
	});

	test('a lesson is never 0 minutes', () => {
		expect(lessonMinutes('', 0)).toBe(1);
	});

	test('20 minutes is allowed, 21 is not', () => {
		expect(lessonLengthProblem('x.mdx', words(180 * 15), 5)).toBeNull();
		expect(lessonLengthProblem('x.mdx', words(180 * 15 + 1), 5)).not.toBeNull();
	});
});

describe('the build message for a lesson over the cap (fixture)', () => {
	test('names the file, the figures and what to do', () => {
		const minutes = lessonMinutes(fixture, 2);
		expect(minutes).toBeGreaterThan(MAX_LESSON_MINUTES);
		expect(lessonLengthProblem('tests/fixtures/content/lesson-too-long.mdx', fixture, 2)).toBe(
			`tests/fixtures/content/lesson-too-long.mdx → minutes: nodarbība ir 22 minūtes gara (${readingWords(fixture).length} vārdi un 2 jautājumi), vairāk nekā 20; sadaliet to divās nodarbībās.`,
		);
	});
});

describe('the „Galvenais” box rule', () => {
	test('one box of 3–5 points passes; none, or too few points, fails with the file', async () => {
		const { keyPointsProblem } = await import('../../../src/lib/content/key-points.ts');
		expect(keyPointsProblem('a.mdx', '<KeyPoints>\n\n- a\n- b\n- c\n\n</KeyPoints>')).toBeNull();
		expect(keyPointsProblem('a.mdx', 'teksts')).toBe(
			'a.mdx: nodarbībai jābeidzas ar vienu lodziņu <KeyPoints> („Galvenais”), atrasti 0.',
		);
		expect(keyPointsProblem('a.mdx', '<KeyPoints>\n- a\n- b\n</KeyPoints>')).toBe(
			'a.mdx: lodziņā „Galvenais” jābūt 3–5 punktiem, ir 2.',
		);
	});
});
