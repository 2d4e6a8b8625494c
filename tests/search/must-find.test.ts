// After the build: the practitioner query set names pages the built index has, and the
// must-find queries land in the top 3 (top 1 where `first`) of the built index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundleRecords, loadEngine } from '../../src/lib/search/engine.ts';
import { readBuiltBundle } from '../../src/lib/search/bundle-files.ts';
import { isHit, rankOf, type PracticeQuery } from '../../src/lib/search/evaluate.ts';
import { normalizeWords } from '../../src/lib/search/normalize.ts';

const root = join(import.meta.dirname, '..', '..');
const bundle = readBuiltBundle(join(root, 'dist'));
if (!bundle) throw new Error('dist/search/core.json is missing: run `npm run build` first');
const engine = loadEngine(bundle);
const records = bundleRecords(bundle);
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as {
	queries: PracticeQuery[];
};
const mustFind = queries.filter((q) => q.mustFind);

describe('the practitioner query set', () => {
	test('has 60+ queries, 30 must-find ones from the tuned part and a fifth held out', () => {
		expect(queries.length).toBeGreaterThanOrEqual(60);
		expect(mustFind.length).toBeGreaterThanOrEqual(30);
		expect(mustFind.filter((q) => q.heldOut)).toEqual([]);
		const heldOut = queries.filter((q) => q.heldOut).length / queries.length;
		expect(heldOut).toBeGreaterThanOrEqual(0.18);
		expect(heldOut).toBeLessThanOrEqual(0.25);
	});

	test('every expected page or heading is in the built index', () => {
		const urls = records.map((r) => r.url);
		const missing = queries.flatMap((q) =>
			q.expected.filter((e) => !urls.some((u) => isHit(e, u))).map((e) => `${q.query} → ${e}`),
		);
		expect(missing).toEqual([]);
	});

	test('at least a third of the queries share no word stem with their target heading', () => {
		const shares = queries.filter((q) => {
			const target = records.find((r) => isHit(q.expected[0] as string, r.url));
			const heading = new Set(normalizeWords(`${target?.page ?? ''} ${target?.heading ?? ''}`));
			return !normalizeWords(q.query).some((w) => heading.has(w));
		});
		expect(shares.length / queries.length).toBeGreaterThanOrEqual(1 / 3);
	});
});

describe('must-find queries land in the top 3 of the built index', () => {
	test.each(mustFind)('„$query"', (q) => {
		const urls = engine.search(q.query, 10).map((r) => r.record.url);
		const rank = rankOf(q, urls);
		expect(rank, `top: ${urls.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(1);
		expect(rank, `top: ${urls.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(q.first ? 1 : 3);
	});
});
