import { describe, expect, test } from 'vitest';
import { evaluate, isHit, rankOf, score, type PracticeQuery } from '../../../src/lib/search/evaluate.ts';

describe('search evaluation', () => {
	test('a page URL matches any section of that page; a section URL only itself', () => {
		expect(isHit('/riki/x/', '/riki/x/')).toBe(true);
		expect(isHit('/kursi/a/', '/kursi/a/#kas-ir')).toBe(true);
		expect(isHit('/kursi/a/#kas-ir', '/kursi/a/')).toBe(false);
		expect(isHit('/kursi/a/#kas-ir', '/kursi/a/#kas-ir-1')).toBe(false);
	});

	test('rank is 1-based, 0 when absent; hit@1, hit@3 and MRR follow', () => {
		expect(rankOf({ expected: ['/b/'] }, ['/a/', '/b/#x'])).toBe(2);
		expect(rankOf({ expected: ['/c/'] }, ['/a/'])).toBe(0);
		expect(score([1, 2, 4, 0])).toEqual({ n: 4, hit1: 0.25, hit3: 0.5, mrr: (1 + 0.5 + 0.25) / 4 });
	});

	test('scores each area and the whole, separately for tuned and held-out queries', () => {
		const q = (query: string, area: string, heldOut: boolean): PracticeQuery => ({
			query,
			expected: [`/${query}/`],
			area,
			mustFind: false,
			heldOut,
		});
		const { rows } = evaluate([q('a', 'riki', false), q('b', 'riki', false), q('c', 'kurss-a', true)], (s) =>
			s === 'a' ? ['/a/'] : ['/x/', '/y/', `/${s}/`],
		);
		expect(rows.map((r) => [r.part, r.area, r.n, r.hit1, r.hit3])).toEqual([
			['tuned', 'riki', 2, 0.5, 1],
			['tuned', 'kopā', 2, 0.5, 1],
			['held-out', 'kurss-a', 1, 0, 1],
			['held-out', 'kopā', 1, 0, 1],
		]);
	});
});
