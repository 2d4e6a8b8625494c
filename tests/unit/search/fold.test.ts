import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/lib/search/fold.ts';

describe('fold', () => {
	test('lowercases and strips every Latvian diacritic, both cases', () => {
		expect(fold('ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž')).toBe('acegiklnsuz acegiklnsuz');
	});

	test('keeps every position, so a match in folded text can be cut from the original', () => {
		const text = 'Krīzes dzīvoklis: „pašnāvības” risks — 24/7 📞 tālrunis';
		const folded = fold(text);
		expect(folded).toHaveLength(text.length);
		const at = folded.indexOf('pasnavibas');
		expect(text.slice(at, at + 'pasnavibas'.length)).toBe('pašnāvības');
	});

	test('leaves digits, punctuation and other scripts readable', () => {
		expect(fold('MK Nr. 161, §3 — Привет')).toBe('mk nr. 161, §3 — привет');
	});
});
