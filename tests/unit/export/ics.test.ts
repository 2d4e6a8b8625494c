import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, foldLine, icsUid, toIcs } from '../../../src/lib/export/ics.ts';

const now = new Date('2026-11-16T09:30:00Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('toIcs', () => {
	const description =
		'Ceļš: Sākums → Valsts policija nosūta ziņojumu → Sociālais darbinieks zvana cietušajam; termiņš: 3 darba dienas, izlaistas: 18.11.2026 (Latvijas Republikas proklamēšanas diena), sestdiena, svētdiena.\nAvots: 000, 218–225';
	const ics = toIcs(
		[
			{
				uid: icsUid('policijas-zinojums', 'A3', '2026-11-20'),
				date: '2026-11-20',
				summary: 'Zvans cietušajam: termiņš',
				description,
			},
		],
		{ now },
	);

	test('round-trips through an iCalendar parser: all-day date, stable UID, text with commas, semicolons and line breaks', () => {
		const cal = new ICAL.Component(ICAL.parse(ics));
		const [vevent] = cal.getAllSubcomponents('vevent');
		const event = new ICAL.Event(vevent);
		expect(event.uid).toBe('policijas-zinojums-A3-2026-11-20@prakses-celvedis');
		expect(event.summary).toBe('Zvans cietušajam: termiņš');
		expect(event.description).toBe(description);
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2026-11-20');
		expect(event.endDate.toString()).toBe('2026-11-21');
		expect(vevent!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-16T09:30:00Z');
	});

	test('ends every line with CRLF and folds long lines at 75 octets without splitting a letter', () => {
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const lines = ics.split('\r\n').slice(0, -1);
		expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
		expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
		expect(lines.some((l) => l.startsWith(' '))).toBe(true);
		expect(ics).not.toContain('\uFFFD');
	});

	test('the same input gives the same file (stable UIDs, injected timestamp)', () => {
		const again = toIcs([{ uid: icsUid('a', 'b', '2026-01-02'), date: '2026-01-02', summary: 'x' }], { now });
		expect(again).toBe(
			toIcs([{ uid: icsUid('a', 'b', '2026-01-02'), date: '2026-01-02', summary: 'x' }], { now }),
		);
		expect(again).toContain('DTSTART;VALUE=DATE:20260102\r\nDTEND;VALUE=DATE:20260103\r\n');
	});

	test('rejects a date that is not YYYY-MM-DD', () => {
		expect(() => toIcs([{ uid: 'u', date: '20.11.2026', summary: 'x' }], { now })).toThrow('GGGG-MM-DD');
	});
});

describe('escapeText and foldLine', () => {
	test('escapes backslash, semicolon, comma and newlines', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});
	test('a fold never cuts a two-byte Latvian letter', () => {
		const folded = foldLine(`SUMMARY:${'ā'.repeat(60)}`);
		const parts = folded.split('\r\n');
		expect(parts.map(octets).every((n) => n <= 75)).toBe(true);
		expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`SUMMARY:${'ā'.repeat(60)}`);
	});
});
