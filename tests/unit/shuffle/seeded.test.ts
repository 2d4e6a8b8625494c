import { describe, expect, test } from 'vitest';
import {
	balancedOrders,
	displayOrder,
	seededRandom,
	type PlacementItem,
} from '../../../src/lib/shuffle/seeded.ts';
import { fnv1a, fnv1aHex } from '../../../src/lib/text/hash.ts';

const isPermutation = (order: number[], n: number) =>
	order.length === n && [...order].sort((a, b) => a - b).every((v, i) => v === i);

/** How many keys sit at each position. */
const keyPositions = (items: PlacementItem[], orders: number[][]) => {
	const counts: number[] = [];
	items.forEach((item, i) => {
		if (item.answer === null) return;
		const p = orders[i]!.indexOf(item.answer);
		counts[p] = (counts[p] ?? 0) + 1;
	});
	return counts;
};

describe('fnv1a', () => {
	test('matches the published FNV-1a 32-bit test vectors', () => {
		expect(fnv1a('')).toBe(0x811c9dc5);
		expect(fnv1aHex('a')).toBe('e40c292c');
		expect(fnv1aHex('foobar')).toBe('bf9cf968');
	});
});

describe('seededRandom and displayOrder', () => {
	test('the same key gives the same sequence; another key another one', () => {
		const a = seededRandom('check:x:q1');
		const b = seededRandom('check:x:q1');
		const seqA = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(seqA);
		expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
		const c = seededRandom('check:x:q2');
		expect([c(), c(), c()]).not.toEqual(seqA);
	});
	test('displayOrder is a permutation and deterministic', () => {
		for (const n of [1, 2, 3, 4, 5]) {
			const o = displayOrder(`k${n}`, n);
			expect(isPermutation(o, n)).toBe(true);
			expect(displayOrder(`k${n}`, n)).toEqual(o);
		}
	});
	test('across many keys, every position comes first sometimes', () => {
		const firsts = new Set(Array.from({ length: 40 }, (_, i) => displayOrder(`key-${i}`, 4)[0]));
		expect([...firsts].sort()).toEqual([0, 1, 2, 3]);
	});
});

describe('balancedOrders', () => {
	// Content as authored today: the key first in every item.
	const sixDecisions: PlacementItem[] = Array.from({ length: 6 }, (_, i) => ({
		key: `scenario:s:n${i}`,
		size: 3,
		answer: 0,
	}));

	test('six three-option decisions with the key first: every position holds exactly two keys', () => {
		const orders = balancedOrders(sixDecisions);
		orders.forEach((o) => expect(isPermutation(o, 3)).toBe(true));
		expect(keyPositions(sixDecisions, orders)).toEqual([2, 2, 2]);
	});

	test('a course of mixed 3- and 4-option questions keeps position A at or under 40%', () => {
		const items: PlacementItem[] = Array.from({ length: 46 }, (_, i) => ({
			key: `check:lesson-${i % 8}:q${i}`,
			size: i % 3 === 0 ? 3 : 4,
			answer: i % 5 === 0 ? 1 : 0,
		}));
		const counts = keyPositions(items, balancedOrders(items));
		expect(counts[0]! / items.length).toBeLessThanOrEqual(0.4);
		// No position holds more than one key above any other position of the 3-option range.
		const first3 = counts.slice(0, 3);
		expect(Math.max(...first3) - Math.min(...first3)).toBeLessThanOrEqual(1);
	});

	test('is deterministic and independent of the input order (walks by key)', () => {
		const a = balancedOrders(sixDecisions);
		const b = balancedOrders([...sixDecisions].reverse()).reverse();
		expect(b).toEqual(a);
		expect(balancedOrders(sixDecisions)).toEqual(a);
	});

	test('editing a later item does not re-letter earlier ones', () => {
		const before = balancedOrders(sixDecisions);
		const edited = sixDecisions.map((d, i) => (i === 5 ? { ...d, size: 4 } : d));
		const after = balancedOrders(edited);
		expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
	});

	test('the key stays where it was placed whatever its content index', () => {
		const moved = sixDecisions.map((d) => ({ ...d, answer: 2 }));
		const a = balancedOrders(sixDecisions).map((o, i) => o.indexOf(sixDecisions[i]!.answer!));
		const b = balancedOrders(moved).map((o) => o.indexOf(2));
		expect(b).toEqual(a);
	});

	test('an item without a key gets a seeded order and does not count towards balance', () => {
		const items: PlacementItem[] = [{ key: 'a', size: 3, answer: null }, ...sixDecisions];
		const orders = balancedOrders(items);
		expect(orders[0]).toEqual(displayOrder('a', 3));
		expect(keyPositions(items, orders)).toEqual([2, 2, 2]);
	});

	test('a one-option item can only be first', () => {
		expect(balancedOrders([{ key: 'x', size: 1, answer: 0 }])).toEqual([[0]]);
	});
});
