import { describe, expect, test } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../../src/lib/export/csv.ts';

describe('CSV (RFC 4180)', () => {
	test('quotes only the fields that need it and doubles quotes inside', () => {
		expect(csvField('vienkārši')).toBe('vienkārši');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('viņš teica „jā” un "nē"')).toBe('"viņš teica „jā” un ""nē"""');
		expect(csvField('divas\nrindas')).toBe('"divas\nrindas"');
		expect(csvField(3)).toBe('3');
		expect(csvField(undefined)).toBe('');
	});

	test('ends every record with CRLF and starts with a BOM for spreadsheets', () => {
		const csv = toCsv([
			['a', 'b'],
			[1, ''],
		]);
		expect(csv).toBe('\uFEFFa,b\r\n1,\r\n');
		expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
	});

	test('what it writes parses back to the same cells, whatever they hold', () => {
		const rows = [
			['Lēmums', 'Variants', 'Balsis'],
			['1', 'Zvanu, rakstu un „gaidu”', '3'],
			['2', 'Saku: "Nē"', '0'],
			['3', 'Pirmā rinda\r\notrā rinda\nun trešā', ''],
			['', ',', '"'],
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});

	test('the parser refuses a quote that is never closed', () => {
		expect(() => parseCsv('"a,b\r\n')).toThrow('not closed');
		expect(() => parseCsv('"a"b\r\n')).toThrow('after a closing quote');
	});
});
