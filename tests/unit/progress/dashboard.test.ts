import { describe, expect, test } from 'vitest';
import {
	emptyProgress,
	withFirstAttempt,
	withLessonDone,
	withRetake,
	withScenarioResult,
} from '../../../src/lib/progress/codec.ts';
import { checkHash } from '../../../src/lib/progress/check-hash.ts';
import {
	changedLessons,
	courseAction,
	courseCompletion,
	finishedScenarios,
	gatherMistakes,
	hoursAndMinutes,
	isCheckChanged,
	lessonState,
	moduleProgress,
	nextLesson,
	type DashCourse,
	type DashLesson,
} from '../../../src/lib/progress/dashboard.ts';

const lesson = (n: number, module = 'A', minutes = 20): DashLesson => ({
	id: `k/l${n}`,
	title: `Nodarbība ${n}`,
	url: `/kursi/k/l${n}/`,
	module,
	minutes,
	questionIds: ['a', 'b'],
	hash: 'h1',
});
const course: DashCourse = {
	id: 'k',
	title: 'Kurss',
	modules: [
		{ id: 'A', title: 'Pirmais modulis' },
		{ id: 'B', title: 'Otrais modulis' },
		{ id: 'C', title: 'Trešais modulis' },
	],
	lessons: [lesson(1), lesson(2), lesson(3, 'B', 30)],
	scenarios: [
		{ id: 's1', title: 'Scenārijs 1', url: '/scenariji/s1/', minutes: 25, endings: { e1: 'Labas beigas' } },
		{ id: 's2', title: 'Scenārijs 2', url: '/scenariji/s2/', minutes: 25, endings: {} },
	],
};
const done = (p = emptyProgress(), ...ns: number[]) =>
	ns.reduce((q, n) => withLessonDone(q, `k/l${n}`, true, `2026-11-2${n}T10:00:00.000Z`), p);
const answer = (p: ReturnType<typeof emptyProgress>, n: number, a: boolean, b: boolean, hash = 'h1') =>
	withFirstAttempt(
		withFirstAttempt(p, `k/l${n}`, 'a', a, 2, `2026-11-2${n}T09:00:00.000Z`, hash),
		`k/l${n}`,
		'b',
		b,
		2,
		`2026-11-2${n}T09:01:00.000Z`,
		hash,
	);

describe('where to continue', () => {
	test('"start" with nothing done; "continue" to the next lesson not done after two lessons', () => {
		expect(courseAction(emptyProgress(), course.lessons)).toEqual({
			kind: 'start',
			lesson: course.lessons[0],
		});
		const p = done(undefined, 1, 2);
		expect(courseAction(p, course.lessons)).toEqual({ kind: 'continue', lesson: course.lessons[2] });
	});
	test('a lesson skipped in the middle is the next one, not the one after the last done', () => {
		const p = done(undefined, 1, 3);
		expect(nextLesson(p, course.lessons)?.id).toBe('k/l2');
	});
	test('answering a check without marking done already counts as started', () => {
		const p = answer(emptyProgress(), 1, true, true);
		expect(courseAction(p, course.lessons)).toEqual({ kind: 'continue', lesson: course.lessons[0] });
	});
	test('all done is "complete"; a course without lessons is "empty"', () => {
		expect(courseAction(done(undefined, 1, 2, 3), course.lessons)).toEqual({ kind: 'complete' });
		expect(courseAction(emptyProgress(), [])).toEqual({ kind: 'empty' });
	});
});

test('each module shows its lessons done, in the course order; a module without lessons has none', () => {
	expect(moduleProgress(done(undefined, 1, 3), course)).toEqual([
		{ id: 'A', title: 'Pirmais modulis', done: 1, total: 2 },
		{ id: 'B', title: 'Otrais modulis', done: 1, total: 1 },
		{ id: 'C', title: 'Trešais modulis', done: 0, total: 0 },
	]);
});

test('finished scenarios are listed with the title of their ending', () => {
	const p = withScenarioResult(emptyProgress(), 's1', 'e1', 'good', '2026-11-25T10:00:00.000Z');
	expect(finishedScenarios(p, course.scenarios)).toEqual([
		{ scenario: course.scenarios[0], ending: 'Labas beigas', at: '2026-11-25T10:00:00.000Z' },
	]);
});

describe('completion', () => {
	test('none until every lesson is done', () => {
		expect(courseCompletion(done(undefined, 1, 2), course)).toBeNull();
	});
	test('lessons, first-attempt scores, dates and total time once all are done', () => {
		let p = done(answer(answer(emptyProgress(), 1, true, false), 2, true, true), 1, 2, 3);
		p = withScenarioResult(p, 's1', 'e1', 'good', '2026-11-29T10:00:00.000Z');
		const c = courseCompletion(p, course)!;
		expect(c.lessons.map((s) => [s.lesson.id, s.doneAt, s.result?.score, s.result?.total])).toEqual([
			['k/l1', '2026-11-21T10:00:00.000Z', 1, 2],
			['k/l2', '2026-11-22T10:00:00.000Z', 2, 2],
			['k/l3', '2026-11-23T10:00:00.000Z', undefined, undefined],
		]);
		expect([c.score, c.total]).toEqual([3, 4]);
		expect([c.from, c.to]).toEqual(['2026-11-21T09:00:00.000Z', '2026-11-29T10:00:00.000Z']);
		// 20 + 20 + 30 lesson minutes and the one finished 25-minute scenario
		expect(c.minutes).toBe(95);
		expect(hoursAndMinutes(c.minutes)).toEqual({ h: 1, m: 35 });
	});
	test('a half-answered check has no result yet', () => {
		const p = withFirstAttempt(emptyProgress(), 'k/l1', 'a', true, 2, '2026-11-21T09:00:00.000Z', 'h1');
		expect(lessonState(p, course.lessons[0]!).result).toBeNull();
	});
});

describe('review my mistakes', () => {
	const q = (id: string) => ({ id, question: `J ${id}` });
	const lessons = [
		{ id: 'k/l1', title: 'L1', url: '/l1/', course: 'k', questions: [q('a'), q('b')] },
		{ id: 'm/l1', title: 'M1', url: '/m1/', course: 'm', questions: [q('a'), q('c')] },
	];
	test('gathers the questions answered wrongly at the first attempt, across courses', () => {
		let p = answer(emptyProgress(), 1, false, true);
		p = withFirstAttempt(p, 'm/l1', 'c', false, 2, '2026-11-25T09:00:00.000Z');
		p = withFirstAttempt(p, 'm/l1', 'x-removed', false, 2, '2026-11-25T09:00:00.000Z');
		expect(gatherMistakes(p, lessons).map((m) => `${m.lesson.id}#${m.question.id}`)).toEqual([
			'k/l1#a',
			'm/l1#c',
		]);
	});
	test('a right retry does not take a question off the list (practice changes nothing)', () => {
		let p = answer(emptyProgress(), 1, false, true);
		p = withFirstAttempt(p, 'k/l1', 'a', true, 2, '2026-11-26T09:00:00.000Z', 'h1');
		expect(gatherMistakes(p, lessons)).toHaveLength(1);
	});
});

describe('a check that changed after it was answered', () => {
	const changed = { ...course.lessons[0]!, hash: 'h2' };
	test('is flagged, and its old score is kept and shown as from the answered version', () => {
		const p = answer(emptyProgress(), 1, true, false);
		expect(isCheckChanged(p, 'k/l1', 'h1')).toBe(false);
		expect(isCheckChanged(p, 'k/l1', 'h2')).toBe(true);
		expect(changedLessons(p, [changed, course.lessons[1]!]).map((l) => l.id)).toEqual(['k/l1']);
		const s = lessonState(p, changed);
		expect(s.changed).toBe(true);
		expect(s.result).toMatchObject({ score: 1, total: 2 });
	});
	test('answers to the new version are practice until a retake starts', () => {
		const p = answer(emptyProgress(), 1, true, false);
		expect(withFirstAttempt(p, 'k/l1', 'c', true, 3, '2026-11-27T09:00:00.000Z', 'h2')).toBe(p);
	});
	test('a retake keeps the old score as an earlier version and scores the new one afresh', () => {
		let p = withRetake(answer(emptyProgress(), 1, true, false), 'k/l1', 'h2');
		expect(isCheckChanged(p, 'k/l1', 'h2')).toBe(false);
		expect(lessonState(p, changed).result).toMatchObject({ score: 1, total: 2, earlier: true });
		p = answer(p, 1, true, true, 'h2');
		const s = lessonState(p, changed);
		expect(s.result).toMatchObject({ score: 2, total: 2, earlier: false });
		expect(s.earlier).toEqual({ score: 1, total: 2, at: '2026-11-21T09:01:00.000Z' });
	});
	test('records without a stored version (answered before hashes existed) are never flagged', () => {
		const p = withFirstAttempt(emptyProgress(), 'k/l1', 'a', false, 2, '2026-11-21T09:00:00.000Z');
		expect(isCheckChanged(p, 'k/l1', 'h2')).toBe(false);
	});
});

describe('checkHash', () => {
	const qs = [
		{ id: 'a', options: [{ text: 'Jā', correct: true }, { text: 'Nē' }] },
		{ id: 'b', options: [{ text: 'X' }, { text: 'Y', correct: true }] },
	];
	test('ignores the order of questions and options', () => {
		expect(checkHash([...qs].reverse().map((q) => ({ ...q, options: [...q.options].reverse() })))).toBe(
			checkHash(qs),
		);
	});
	test('changes with an option text, a correct flag, or a question added or removed', () => {
		const h = checkHash(qs);
		expect(
			checkHash([{ ...qs[0]!, options: [{ text: 'Jā!', correct: true }, { text: 'Nē' }] }, qs[1]!]),
		).not.toBe(h);
		expect(
			checkHash([{ ...qs[0]!, options: [{ text: 'Jā' }, { text: 'Nē', correct: true }] }, qs[1]!]),
		).not.toBe(h);
		expect(checkHash([qs[0]!])).not.toBe(h);
		expect(checkHash([...qs, { id: 'c', options: [{ text: 'Z', correct: true }, { text: 'W' }] }])).not.toBe(
			h,
		);
	});
});
