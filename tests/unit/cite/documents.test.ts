import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSourcesDir } from '../../../scripts/lib/sources.mjs';
import {
	EXTERNAL_DOCUMENTS,
	SOURCE_DOCUMENTS,
	flatSections,
	type Section,
} from '../../../src/lib/cite/documents.ts';

const docs = Object.values(SOURCE_DOCUMENTS);

describe('the documents table is consistent in itself', () => {
	test.each(docs.map((d) => [d.code, d] as const))(
		'%s: every section lies inside its document and its parent, in order, without overlaps',
		(_, doc) => {
			const problems: string[] = [];
			const check = (list: Section[], from: number, to: number, where: string) => {
				let prevTo = from - 1;
				for (const s of list) {
					if (s.from > s.to) problems.push(`${where}/${s.id}: ${s.from} > ${s.to}`);
					if (s.from < from || s.to > to)
						problems.push(`${where}/${s.id}: ${s.from}–${s.to} outside ${from}–${to}`);
					if (s.from <= prevTo)
						problems.push(`${where}/${s.id}: starts at ${s.from}, before the previous ends (${prevTo})`);
					prevTo = s.to;
					if (s.children) check(s.children, s.from, s.to, `${where}/${s.id}`);
				}
			};
			check(doc.sections, 1, doc.lines, doc.code);
			const ids = flatSections(doc).map((x) => x.section.id);
			expect(problems).toEqual([]);
			expect(new Set(ids).size).toBe(ids.length);
			expect(doc.hash).toMatch(/^[0-9a-f]{16}$/);
			expect(doc.file.startsWith(`${doc.code}_`)).toBe(true);
		},
	);

	test('every external source has a title, an http(s) address and, where known, a YYYY-MM-DD read date', () => {
		for (const x of Object.values(EXTERNAL_DOCUMENTS)) {
			expect(x.id).toMatch(/^[a-z0-9-]+$/);
			expect(x.title.length).toBeGreaterThan(3);
			expect(x.url).toMatch(/^https?:\/\/[^\s]+$/);
			if (x.read !== null) expect(x.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		// contacts.md pages carry their check date.
		expect(EXTERNAL_DOCUMENTS['jpa-116006']?.read).toBe('2026-11-21');
	});
});

// The source texts are not in the repository (copyright): compared only where SOURCES_DIR or
// ../shared/seeds holds them, and the test title says why when it cannot run.
const found = findSourcesDir();
const why = found.dir ? '' : ` — NOT RUN: ${found.reason}`;
if (!found.dir) console.warn(`documents.test.ts: source texts not compared${why}`);

describe.runIf(found.dir)(`the documents table matches the source texts${why}`, () => {
	const text = (file: string) => readFileSync(join(found.dir!, file), 'utf8');
	test.each(docs.map((d) => [d.code, d] as const))('%s: line count and sha-256 match the text', (_, doc) => {
		const t = text(doc.file);
		const lines = t.split('\n').length - (t.endsWith('\n') ? 1 : 0);
		expect({ lines, hash: createHash('sha256').update(t).digest('hex').slice(0, 16) }).toEqual({
			lines: doc.lines,
			hash: doc.hash,
		});
	});
	test('each numbered section of the handbook starts at the line that carries its number', () => {
		const lines = text(SOURCE_DOCUMENTS['003'].file).split('\n');
		const wrong = flatSections(SOURCE_DOCUMENTS['003'])
			.map((x) => x.section)
			.filter((s) => /^\d+(\.\d+)*\.$/.test(s.label))
			.filter((s) => !(lines[s.from - 1] ?? '').trim().startsWith(s.label))
			.map((s) => `${s.label} @ ${s.from}: "${(lines[s.from - 1] ?? '').trim().slice(0, 40)}"`);
		expect(wrong).toEqual([]);
	});
	test("the small documents' numbered parts start where the text says", () => {
		const at = (code: '000' | '001' | '002' | '004', line: number) =>
			(text(SOURCE_DOCUMENTS[code].file).split('\n')[line - 1] ?? '').trim();
		const plan = flatSections(SOURCE_DOCUMENTS['000']).filter((x) => x.section.id.startsWith('plans-'));
		expect(plan.map((x) => at('000', x.section.from).slice(0, 2))).toEqual([
			'1.',
			'2.',
			'3.',
			'4.',
			'5.',
			'6.',
			'7.',
		]);
		expect(at('004', 26)).toContain('Intervēšanas ētiskie principi');
		expect(at('004', 68)).toContain('Kāpēc upuris atsakās no palīdzības');
		expect(at('001', 150)).toContain('Iegūtā pieredze');
	});
});
