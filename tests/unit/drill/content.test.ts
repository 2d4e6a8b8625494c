import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { drillSchema } from '../../../src/content/schemas/tool-drill.ts';
import {
	result,
	start,
	pickCategory,
	pickResponse,
	next,
	responseOrders,
} from '../../../src/lib/drill/session.ts';

const file = join(import.meta.dirname, '..', '..', '..', 'content', 'tools', 'parmainu-stadijas.yaml');
const raw = () => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('content/tools/parmainu-stadijas.yaml', () => {
	const parsed = drillSchema.safeParse(raw());
	test('passes the drill schema', () => {
		expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
			[],
		);
	});
	const data = parsed.data!;
	test('six stages, at least 24 statements, at least four per stage, three responses each', () => {
		expect(data.categories.map((c) => c.id)).toEqual([
			'pirmsnodomu',
			'nodomu',
			'planosanas',
			'ricibas',
			'uzturesanas',
			'recidivs',
		]);
		expect(data.cards.length).toBeGreaterThanOrEqual(24);
		for (const c of data.categories)
			expect(data.cards.filter((k) => k.category === c.id).length).toBeGreaterThanOrEqual(4);
		for (const k of data.cards) expect(k.responses).toHaveLength(3);
	});
	test('every stage fills all four parts of table 4', () => {
		for (const c of data.categories)
			expect(Object.keys(c.content).sort()).toEqual(data.aspects.map((a) => a.id).sort());
	});
	test('the best response is spread over the three positions (balanced placement)', () => {
		const orders = responseOrders('parmainu-stadijas', data);
		const at = [0, 0, 0];
		for (const k of data.cards) at[orders[k.id]!.indexOf(k.responses.findIndex((r) => r.correct))]!++;
		for (const n of at) expect(n).toBeLessThanOrEqual(Math.ceil(data.cards.length / 3) + 1);
	});
	test('the best response is the longest in at most a third of the cards (length gives nothing away)', () => {
		const plain = (t: string) => t.replace(/\s*\[@[^\]]*\]/g, '').trim().length;
		const longest = data.cards.filter((k) => {
			const lengths = k.responses.map((r) => plain(r.text));
			return lengths[k.responses.findIndex((r) => r.correct)] === Math.max(...lengths);
		});
		expect(longest.length).toBeLessThanOrEqual(Math.floor(data.cards.length / 3));
	});
	test('the right answers play the deck to a full result', () => {
		let s = start('parmainu-stadijas', data);
		while (s.phase !== 'done') {
			const k = data.cards.find((c) => c.id === s.order[s.index])!;
			s = next(
				pickResponse(
					pickCategory(s, data, k.category),
					data,
					k.responses.findIndex((r) => r.correct),
				),
			);
		}
		expect(result(s.answers)).toEqual({
			correct: data.cards.length,
			total: data.cards.length,
			categories: data.cards.length,
			responses: data.cards.length,
		});
	});
});
