import { expect, test } from 'vitest';
import {
	feedbackAt,
	projectorDetail,
	projectorLevels,
	voteBars,
} from '../../../src/lib/scenario-views/projector.ts';

test('before the reveal the projector always shows the situation; after it, it gives up detail step by step', () => {
	expect(projectorLevels(false)).toEqual([{ situation: true, feedback: 'none' }]);
	expect(projectorDetail(false, 5)).toEqual({ situation: true, feedback: 'none' });
	expect(projectorLevels(true).map((d) => `${d.situation}/${d.feedback}`)).toEqual([
		'true/full',
		'false/full',
		'false/first',
		'false/none',
	]);
	expect(projectorDetail(true, 99)).toEqual({ situation: false, feedback: 'none' });
	const fb = 'Marija runā brīvi. Avots prasa tulku.';
	expect(feedbackAt(fb, projectorDetail(true, 0))).toBe(fb);
	expect(feedbackAt(fb, projectorDetail(true, 2))).toBe('Marija runā brīvi.');
	expect(feedbackAt(fb, projectorDetail(true, 3))).toBe('');
});

test('vote bars give each shown letter its whole-number share of the votes shown', () => {
	expect(voteBars([3, 0, 1], [0, 1, 2])).toEqual([
		{ position: 0, votes: 3, percent: 75 },
		{ position: 1, votes: 0, percent: 0 },
		{ position: 2, votes: 1, percent: 25 },
	]);
	// A hidden option (position 0) neither shows nor counts.
	expect(voteBars([0, 1, 2], [1, 2]).map((b) => b.percent)).toEqual([33, 67]);
	expect(voteBars([0, 0], [0, 1]).map((b) => b.percent)).toEqual([0, 0]);
});
