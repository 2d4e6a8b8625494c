/**
 * iCalendar (RFC 5545) export, pure: all-day events for deadlines, written so every calendar
 * app reads them (CRLF line ends, lines folded at 75 octets, text escaped, stable UIDs).
 */

/** One all-day event. */
export type IcsEvent = {
	/** Stable id: the same deadline exported twice updates one calendar entry (see `icsUid`). */
	uid: string;
	/** The day, YYYY-MM-DD. */
	date: string;
	summary: string;
	description?: string;
};

/**
 * A stable UID for a tool's step on a date.
 * @example icsUid('policijas-zinojums', 'A3', '2026-11-20') // 'policijas-zinojums-A3-2026-11-20@prakses-celvedis'
 */
export function icsUid(tool: string, step: string, date: string): string {
	return `${tool}-${step}-${date}@prakses-celvedis`;
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line exceeds 75 octets (UTF-8), never splitting a character;
 * continuation lines start with one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let size = 0;
	for (const ch of line) {
		const n = encoder.encode(ch).length;
		const limit = out.length === 0 ? 75 : 74;
		if (size + n > limit) {
			out.push(current);
			current = '';
			size = 0;
		}
		current += ch;
		size += n;
	}
	out.push(current);
	return out.join('\r\n ');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
};
const stamp = (now: Date) =>
	now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** A VCALENDAR with one all-day VEVENT per event; `now` is the DTSTAMP (injected, so output is testable). */
export function toIcs(events: IcsEvent[], { now }: { now: Date }): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Prakses celvedis//LV',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
	];
	for (const e of events) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date))
			throw new Error(`toIcs: datums "${e.date}" nav formā GGGG-MM-DD`);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${stamp(now)}`,
			`DTSTART;VALUE=DATE:${basicDate(e.date)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
			`SUMMARY:${escapeText(e.summary)}`,
			...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
