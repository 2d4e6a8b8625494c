import { expect, test } from 'vitest';
import { keepLast } from '../../../src/lib/cache/keep-last.ts';

test('keepLast makes each value once and forgets the least recently used past its size', () => {
	const made: string[] = [];
	const upper = keepLast(2, (s: string) => {
		made.push(s);
		return s.toUpperCase();
	});
	expect([upper('a'), upper('b'), upper('a'), upper('c'), upper('a'), upper('b')]).toEqual([
		'A',
		'B',
		'A',
		'C',
		'A',
		'B',
	]);
	// 'b' was the least recently used when 'c' came in, so only it was made again.
	expect(made).toEqual(['a', 'b', 'c', 'b']);
});
