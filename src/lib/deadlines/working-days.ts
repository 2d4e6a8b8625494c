/** A calendar date as 'YYYY-MM-DD' (no time zone: deadlines are whole days in Latvia). */
export type IsoDate = string;

/** A day that was skipped while counting, with the reason shown to the user. */
export type SkippedDay = { date: IsoDate; reason: string };

/** The result of adding working days: the due date and every non-working day skipped. */
export type Deadline = { due: IsoDate; skipped: SkippedDay[] };

/** Public holidays by date ('YYYY-MM-DD' → name), e.g. from `latvianHolidays()` at build time. */
export type HolidayTable = Record<IsoDate, string>;

/** Parses 'YYYY-MM-DD' into a UTC date, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return null;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value ? d : null;
}

/** Formats a UTC date as 'YYYY-MM-DD'. */
export function toIsoDate(d: Date): IsoDate {
	return d.toISOString().slice(0, 10);
}

/** Why a date is not a working day ('sestdiena', 'svētdiena', a holiday's name), or undefined. */
export function nonWorkingReason(date: IsoDate, holidays: HolidayTable): string | undefined {
	const d = parseIsoDate(date);
	if (!d) return undefined;
	const dow = d.getUTCDay();
	if (dow === 6) return 'sestdiena';
	if (dow === 0) return 'svētdiena';
	return holidays[date];
}

/** True when the holiday table covers this date's year (the calendar is built for a range). */
export function coversYear(date: IsoDate, range: { from: number; to: number }): boolean {
	const y = Number(date.slice(0, 4));
	return y >= range.from && y <= range.to;
}

/**
 * Adds `days` working days to `received`: the day of receipt is not counted, weekends and
 * Latvian public holidays are skipped. Returns null for an invalid date.
 * @example addWorkingDays('2026-11-19', 3, table) // Thu → { due: '2026-11-24', skipped: [Sat, Sun] }
 */
export function addWorkingDays(received: IsoDate, days: number, holidays: HolidayTable): Deadline | null {
	const start = parseIsoDate(received);
	if (!start || !Number.isInteger(days) || days < 0) return null;
	const skipped: SkippedDay[] = [];
	const d = new Date(start);
	let left = days;
	while (left > 0) {
		d.setUTCDate(d.getUTCDate() + 1);
		const iso = toIsoDate(d);
		const reason = nonWorkingReason(iso, holidays);
		if (reason) skipped.push({ date: iso, reason });
		else left--;
	}
	return { due: toIsoDate(d), skipped };
}

const WEEKDAYS = [
	'svētdiena',
	'pirmdiena',
	'otrdiena',
	'trešdiena',
	'ceturtdiena',
	'piektdiena',
	'sestdiena',
];

/** Latvian weekday name of a date. */
export function weekdayLv(date: IsoDate): string {
	const d = parseIsoDate(date);
	return d ? WEEKDAYS[d.getUTCDay()]! : '';
}

/** Latvian numeric date format: '2026-11-24' → '24.11.2026.'. */
export function formatDateLv(date: IsoDate): string {
	const [y, m, d] = date.split('-');
	return `${d}.${m}.${y}.`;
}
