import { fnv1a } from '../text/hash.ts';

/**
 * Seeded option order. Nothing here uses `Math.random()`: the same content ids give the same order
 * on every build and in every view, so a letter always names the same option.
 *
 * Keys are content ids, never positions: `scenario:<id>:<nodeId>`, `check:<lessonId>:<questionId>`.
 */

/**
 * A small seeded PRNG (mulberry32) whose seed is the FNV-1a hash of `key`. Returns numbers in [0, 1).
 * @example const next = seededRandom('check:a/b:q1'); next(); // → 0.53… (always the same)
 */
export function seededRandom(key: string): () => number {
	let a = fnv1a(key);
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Shuffles a copy of `items` (Fisher–Yates) with `next`. */
function shuffled<T>(items: T[], next: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * A seeded permutation of `0 … n-1`: `order[position] = content index`.
 * @example displayOrder('scenario:s:n1', 3) // → e.g. [2, 0, 1], the same on every call
 */
export function displayOrder(key: string, n: number): number[] {
	return shuffled(
		Array.from({ length: n }, (_, i) => i),
		seededRandom(key),
	);
}

/** One item to order: its seed key, how many options it has, and the content index of its key (the right answer), if any. */
export type PlacementItem = { key: string; size: number; answer: number | null };

/**
 * The balancing placement for a group of items (one scenario's decisions, one course's questions).
 *
 * A random shuffle cannot promise balance, so the items are walked in a stable order (by key).
 * Each key goes to the position used least so far among the positions the item has; ties are
 * broken by the item's seeded PRNG. The distractors fill the remaining positions in seeded order.
 * Items without a key get a plain seeded order and do not count.
 *
 * Returns one order per item, in the input order: `order[position] = content index`.
 */
export function balancedOrders(items: PlacementItem[]): number[][] {
	const used: number[] = [];
	const result = new Map<PlacementItem, number[]>();
	const walk = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	for (const item of walk) {
		const next = seededRandom(item.key);
		const indices = Array.from({ length: item.size }, (_, i) => i);
		if (item.answer === null || item.answer < 0 || item.answer >= item.size) {
			result.set(item, shuffled(indices, next));
			continue;
		}
		const counts = indices.map((p) => used[p] ?? 0);
		const least = Math.min(...counts);
		const free = indices.filter((p) => counts[p] === least);
		const at = free[Math.floor(next() * free.length)]!;
		used[at] = (used[at] ?? 0) + 1;
		const distractors = shuffled(
			indices.filter((i) => i !== item.answer),
			next,
		);
		const order = indices.map((p) => (p === at ? item.answer! : distractors.shift()!));
		result.set(item, order);
	}
	return items.map((item) => result.get(item)!);
}

/** The letter of a display position: 0 → "A", 1 → "B" … */
export function positionLetter(position: number): string {
	return String.fromCharCode(65 + position);
}
