/**
 * CSV as RFC 4180 defines it: fields separated by commas, records by CRLF; a field that holds a
 * comma, a double quote, CR or LF is put in double quotes, and a double quote inside is doubled.
 */
export type CsvCell = string | number | null | undefined;

/** One field, quoted only when it must be. `null`/`undefined` give an empty field. */
export function csvField(value: CsvCell): string {
	const s = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The rows as CSV text, each record ending in CRLF. With `bom` (the default) the text starts with
 * U+FEFF, so a spreadsheet opens the UTF-8 file with its Latvian letters intact.
 */
export function toCsv(rows: CsvCell[][], { bom = true }: { bom?: boolean } = {}): string {
	return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/**
 * Parses RFC 4180 CSV back into rows of strings (a leading BOM is dropped; CRLF or LF ends a
 * record outside quotes). Throws on a quote that is not closed or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
	const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	const endRecord = () => {
		rows.push(row);
		row = [];
	};
	while (i < src.length) {
		let field = '';
		if (src[i] === '"') {
			i++;
			for (;;) {
				if (i >= src.length) throw new Error('CSV: a quoted field is not closed');
				if (src[i] === '"') {
					if (src[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				field += src[i++];
			}
			if (i < src.length && !/[,\r\n]/.test(src[i]!))
				throw new Error(`CSV: text after a closing quote at ${i}`);
		} else {
			while (i < src.length && !/[,\r\n]/.test(src[i]!)) field += src[i++];
		}
		row.push(field);
		if (src[i] === ',') {
			i++;
			if (i === src.length) row.push('');
		} else if (src[i] === '\r' || src[i] === '\n') {
			i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
			endRecord();
		}
	}
	if (row.length) endRecord();
	return rows;
}
