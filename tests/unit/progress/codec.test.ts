import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	LEGACY_PROGRESS_KEY,
	PROGRESS_KEY,
	checkSummary,
	decodeProgress,
	emptyProgress,
	encodeProgress,
	migrateStoredProgress,
	readProgress,
	withDrillResult,
	withFirstAttempt,
	withLessonDone,
	withRetake,
	withScenarioResult,
} from '../../../src/lib/progress/codec.ts';
import { scoreAnswers, stripVerdict } from '../../../src/lib/progress/check.ts';

/** A real version-1 export, written by the v1 site's own codec (see tests/fixtures/progress/README.md). */
const v1Export = readFileSync('tests/fixtures/progress/v1-export.json', 'utf8');
const KAPEC = 'vardarbiba/kapec-atsakas-no-palidzibas';
const ALG = 'vardarbiba/algoritms-pec-policijas-zinojuma';

describe('version-1 progress is migrated, not discarded', () => {
	test('a real v1 export keeps its lessons, dates, scenario and check results', () => {
		const { progress, source } = readProgress(v1Export);
		expect(source).toBe('v1');
		expect(progress).toEqual({
			v: 2,
			lessons: { [KAPEC]: '2026-11-20T09:15:02.114Z', [ALG]: '2026-11-21T13:02:11.870Z' },
			checks: {
				[KAPEC]: { first: {}, total: 5, earlier: { score: 4, total: 5, at: '2026-11-20T09:14:40.501Z' } },
				[ALG]: { first: {}, total: 6, earlier: { score: 5, total: 6, at: '2026-11-21T13:01:30.442Z' } },
			},
			drills: {},
			scenarios: {
				'partneris-formas-terpa': {
					ending: 'laura-nav-viena',
					outcome: 'good',
					at: '2026-11-22T10:41:55.019Z',
				},
			},
		});
		// The learner still sees the old result, marked as coming from the earlier version …
		expect(checkSummary(progress, KAPEC, ['a', 'b', 'c', 'd', 'e'])).toEqual({
			score: 4,
			total: 5,
			answered: 5,
			at: '2026-11-20T09:14:40.501Z',
			earlier: true,
		});
		// … until the check is answered again: then first attempts count.
		const after = withFirstAttempt(progress, KAPEC, 'a', false, 5, 't');
		expect(checkSummary(after, KAPEC, ['a', 'b', 'c', 'd', 'e'])).toMatchObject({
			score: 0,
			answered: 1,
			earlier: false,
		});
	});

	test('the v1 key in localStorage moves to the v2 key once, and v2 data is never overwritten', () => {
		const store = new Map<string, string>([[LEGACY_PROGRESS_KEY, v1Export]]);
		const storage = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v),
			removeItem: (k: string) => void store.delete(k),
		};
		migrateStoredProgress(storage);
		expect(store.has(LEGACY_PROGRESS_KEY)).toBe(false);
		expect(decodeProgress(store.get(PROGRESS_KEY))).toEqual(readProgress(v1Export).progress);
		store.set(LEGACY_PROGRESS_KEY, v1Export);
		store.set(PROGRESS_KEY, encodeProgress(emptyProgress()));
		migrateStoredProgress(storage);
		expect(decodeProgress(store.get(PROGRESS_KEY))).toEqual(emptyProgress());
		expect(() => migrateStoredProgress(null)).not.toThrow();
	});

	test('malformed v1 entries are dropped, the rest kept', () => {
		const raw = JSON.stringify({
			v: 1,
			lessons: { 'a/b': '2026-11-21T10:00:00Z', 'a/c': 5 },
			checks: { 'a/b': { score: 3, total: 4, at: 'x' }, 'a/c': { score: 9, total: 4, at: 'x' } },
			scenarios: { s: { ending: 'e', outcome: 'good', at: 'x' }, t: { ending: 1 } },
		});
		expect(decodeProgress(raw)).toEqual({
			v: 2,
			lessons: { 'a/b': '2026-11-21T10:00:00Z' },
			checks: { 'a/b': { first: {}, total: 4, earlier: { score: 3, total: 4, at: 'x' } } },
			drills: {},
			scenarios: { s: { ending: 'e', outcome: 'good', at: 'x' } },
		});
	});
});

describe('corrupt and future data', () => {
	test('corrupt JSON, a non-object, no version or version 0 fall back to empty progress', () => {
		for (const raw of [
			'{"v":2,"lessons":',
			'[1,2]',
			'null',
			'{"lessons":{}}',
			JSON.stringify({ v: 0, lessons: { a: 'x' } }),
		])
			expect(readProgress(raw)).toEqual({ progress: emptyProgress(), source: 'invalid' });
		expect(readProgress(null).source).toBe('empty');
	});
	test('a future version is read for the fields this version knows; unknown fields are ignored', () => {
		const raw = JSON.stringify({
			v: 3,
			lessons: { 'a/b': 't1' },
			checks: { 'a/b': { first: { q1: { correct: true, at: 't2', confidence: 3 } }, total: 3 } },
			scenarios: 'not an object',
			badges: ['new in v3'],
		});
		const { progress, source } = readProgress(raw);
		expect(source).toBe('future');
		expect(progress).toEqual({
			v: 2,
			lessons: { 'a/b': 't1' },
			checks: { 'a/b': { first: { q1: { correct: true, at: 't2' } }, total: 3 } },
			drills: {},
			scenarios: {},
		});
	});
	test('v2 round-trips what it encodes', () => {
		let p = withLessonDone(emptyProgress(), 'vardarbiba/x', true, 't');
		p = withFirstAttempt(p, 'vardarbiba/x', 'q1', true, 4, 't1');
		p = withDrillResult(p, 'posmi', 20, 24, 't2');
		p = withScenarioResult(p, 's', 'beigas', 'good', 't3', { recommended: 4, acceptable: 1, harmful: 0 });
		expect(readProgress(encodeProgress(p))).toEqual({ progress: p, source: 'v2' });
	});
	test('the check version (hash) stored with first attempts round-trips; a non-string one is dropped', () => {
		let p = withFirstAttempt(emptyProgress(), 'l', 'q1', true, 2, 't1', 'abcd1234');
		p = withRetake(withFirstAttempt(p, 'l', 'q2', false, 2, 't2'), 'l', 'ffff0000');
		expect(p.checks.l).toEqual({
			first: {},
			total: 2,
			hash: 'ffff0000',
			earlier: { score: 1, total: 2, at: 't2' },
		});
		expect(readProgress(encodeProgress(p))).toEqual({ progress: p, source: 'v2' });
		const bad = readProgress(
			'{"v":2,"checks":{"l":{"first":{"q1":{"correct":true,"at":"t"}},"total":1,"hash":7}}}',
		);
		expect(bad.progress.checks.l).toEqual({ first: { q1: { correct: true, at: 't' } }, total: 1 });
	});
});

describe('first attempts', () => {
	test('a retry never changes the stored attempt, so the score cannot rise', () => {
		const p1 = withFirstAttempt(emptyProgress(), 'l', 'q1', false, 3, 't1');
		const p2 = withFirstAttempt(p1, 'l', 'q1', true, 3, 't2');
		expect(p2).toBe(p1);
		const p3 = withFirstAttempt(p2, 'l', 'q2', true, 3, 't3');
		expect(p3.checks.l!.first).toEqual({ q1: { correct: false, at: 't1' }, q2: { correct: true, at: 't3' } });
		expect(checkSummary(p3, 'l', ['q1', 'q2', 'q3'])).toEqual({
			score: 1,
			total: 3,
			answered: 2,
			at: 't3',
			earlier: false,
		});
		expect(checkSummary(p3, 'cits')).toBeNull();
	});
	test('a drill keeps its first result', () => {
		const p = withDrillResult(emptyProgress(), 'd', 10, 24, 't1');
		expect(withDrillResult(p, 'd', 24, 24, 't2').drills.d).toEqual({ correct: 10, total: 24, at: 't1' });
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
