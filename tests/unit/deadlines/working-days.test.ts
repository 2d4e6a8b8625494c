import { describe, expect, test } from 'vitest';
import {
	addWorkingDays,
	nonWorkingReason,
	parseIsoDate,
	weekdayLv,
} from '../../../src/lib/deadlines/working-days.ts';
import { latvianHolidays } from '../../../src/lib/deadlines/lv-holidays.ts';

const holidays = latvianHolidays(2024, 2030);

describe('addWorkingDays', () => {
	test('does not count the day of receipt and skips the weekend', () => {
		// Thursday 19 Nov 2026 → Fri 20, Mon 23, Tue 24.
		expect(addWorkingDays('2026-11-19', 3, holidays)).toEqual({
			due: '2026-11-24',
			skipped: [
				{ date: '2026-11-21', reason: 'sestdiena' },
				{ date: '2026-11-22', reason: 'svētdiena' },
			],
		});
	});

	test('skips Good Friday and Easter Monday', () => {
		// 2026: Good Friday 3 April, Easter Monday 6 April. Thursday 2 April + 3 → 9 April.
		const r = addWorkingDays('2026-04-02', 3, holidays)!;
		expect(r.due).toBe('2026-04-09');
		expect(r.skipped.map((s) => s.date)).toEqual(['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06']);
	});

	test('skips a holiday moved to Monday when 4 May falls on a Sunday', () => {
		// 4 May 2025 is a Sunday, so Monday 5 May 2025 is a day off.
		const r = addWorkingDays('2025-05-02', 1, holidays)!;
		expect(r.due).toBe('2025-05-06');
		expect(r.skipped.find((s) => s.date === '2025-05-05')?.reason).toMatch(/pārceltā brīvdiena/);
	});

	test('crosses the year end over Christmas, New Year’s Eve and New Year', () => {
		// 2026-12-23 (Wed) → 24, 25, 26, 27 off; 28, 29, 30 working; 31 Dec and 1 Jan off.
		const r = addWorkingDays('2026-12-23', 4, holidays)!;
		expect(r.due).toBe('2027-01-04');
		expect(r.skipped.map((s) => s.date)).toContain('2026-12-31');
		expect(r.skipped.map((s) => s.date)).toContain('2027-01-01');
	});

	test('skips 18 November (Proclamation Day)', () => {
		expect(addWorkingDays('2026-11-17', 1, holidays)?.due).toBe('2026-11-19');
	});

	test('returns null for an impossible date', () => {
		expect(addWorkingDays('2026-02-30', 3, holidays)).toBeNull();
	});
});

describe('nonWorkingReason', () => {
	test('names Līgo and Jāņi', () => {
		expect(nonWorkingReason('2027-06-23', holidays)).toBe('Līgo Diena');
		expect(nonWorkingReason('2027-06-24', holidays)).toBe('Jāņi');
		expect(nonWorkingReason('2027-06-22', holidays)).toBeUndefined();
	});
});

describe('parseIsoDate', () => {
	test('accepts real dates only', () => {
		expect(parseIsoDate('2028-02-29')).not.toBeNull();
		expect(parseIsoDate('2027-02-29')).toBeNull();
		expect(parseIsoDate('29.02.2028')).toBeNull();
	});
});

describe('weekdayLv', () => {
	test('gives the Latvian weekday', () => {
		expect(weekdayLv('2026-11-24')).toBe('otrdiena');
	});
});
