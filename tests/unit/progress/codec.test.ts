import { describe, expect, test } from 'vitest';
import {
	decodeProgress,
	emptyProgress,
	encodeProgress,
	withCheckResult,
	withLessonDone,
} from '../../../src/lib/progress/codec.ts';
import { scoreAnswers, stripVerdict } from '../../../src/lib/progress/check.ts';

describe('decodeProgress', () => {
	test('falls back to empty progress on corrupt JSON', () => {
		expect(decodeProgress('{"v":1,"lessons":')).toEqual(emptyProgress());
	});
	test('falls back to empty progress for another version', () => {
		expect(decodeProgress(JSON.stringify({ v: 0, lessons: { a: 'x' } }))).toEqual(emptyProgress());
	});
	test('falls back to empty progress for a non-object', () => {
		expect(decodeProgress('[1,2]')).toEqual(emptyProgress());
		expect(decodeProgress('null')).toEqual(emptyProgress());
	});
	test('keeps valid entries and drops malformed ones', () => {
		const raw = JSON.stringify({
			v: 1,
			lessons: { 'a/b': '2026-11-21T10:00:00Z', 'a/c': 5 },
			checks: { 'a/b': { score: 3, total: 4, at: 'x' }, 'a/c': { score: 9, total: 4, at: 'x' } },
			scenarios: { s: { ending: 'e', outcome: 'good', at: 'x' }, t: { ending: 1 } },
		});
		expect(decodeProgress(raw)).toEqual({
			v: 1,
			lessons: { 'a/b': '2026-11-21T10:00:00Z' },
			checks: { 'a/b': { score: 3, total: 4, at: 'x' } },
			scenarios: { s: { ending: 'e', outcome: 'good', at: 'x' } },
		});
	});
	test('round-trips what it encodes', () => {
		const p = withLessonDone(emptyProgress(), 'vardarbiba/x', true, 't');
		expect(decodeProgress(encodeProgress(p))).toEqual(p);
	});
});

describe('withCheckResult', () => {
	test('keeps the best score', () => {
		const p1 = withCheckResult(emptyProgress(), 'l', 4, 5, 't1');
		expect(withCheckResult(p1, 'l', 2, 5, 't2').checks.l).toEqual({ score: 4, total: 5, at: 't1' });
		expect(withCheckResult(p1, 'l', 5, 5, 't3').checks.l).toEqual({ score: 5, total: 5, at: 't3' });
	});
});

describe('scoreAnswers', () => {
	test('counts only correct picks', () => {
		const qs = [
			{ options: [{ correct: true }, {}] },
			{ options: [{}, { correct: true }] },
			{ options: [{ correct: true }] },
		];
		expect(scoreAnswers(qs, [0, 0, null])).toBe(1);
	});
});

describe('stripVerdict', () => {
	test('removes a leading verdict so it is not said twice', () => {
		expect(stripVerdict('Nepareizi. Avots prasa…')).toBe('Avots prasa…');
		expect(stripVerdict('Pareizi — tas ir minēts.')).toBe('tas ir minēts.');
		expect(stripVerdict('Avots to min.')).toBe('Avots to min.');
		expect(stripVerdict('Pareizības labad: x')).toBe('Pareizības labad: x');
	});
});
