import { describe, expect, test } from 'vitest';
import {
	STOPPED,
	elapsedMs,
	formatElapsed,
	toggleStopwatch,
} from '../../../src/lib/facilitator/stopwatch.ts';

describe('stopwatch', () => {
	test('counts only while running and keeps the time across a pause', () => {
		const running = toggleStopwatch(STOPPED, 1_000);
		expect(elapsedMs(running, 31_000)).toBe(30_000);
		const paused = toggleStopwatch(running, 31_000);
		expect(elapsedMs(paused, 500_000)).toBe(30_000);
		const again = toggleStopwatch(paused, 600_000);
		expect(elapsedMs(again, 645_000)).toBe(75_000);
	});

	test('a stopped stopwatch shows zero; a clock going back does not count down', () => {
		expect(elapsedMs(STOPPED, 123)).toBe(0);
		expect(elapsedMs(toggleStopwatch(STOPPED, 5_000), 4_000)).toBe(0);
	});

	test('formats whole seconds as m:ss, and h:mm:ss past an hour', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_999)).toBe('1:05');
		expect(formatElapsed(600_000)).toBe('10:00');
		expect(formatElapsed(3_725_000)).toBe('1:02:05');
	});
});
