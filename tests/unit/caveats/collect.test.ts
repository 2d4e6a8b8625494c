import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { caveatProblems, caveatRows, collectCaveats } from '../../../src/lib/caveats/collect.ts';

const body = [
	'# Pakalpojumi',
	'',
	'Individuāli — <Caveat note="regulējums grozīts">ne vairāk kā desmit konsultācijas',
	'pa 45 minūtēm [@003, 14011–14013]</Caveat>; grupā — <Caveat>16 nodarbības [@003, 14015]</Caveat>.',
].join('\n');

describe('collectCaveats', () => {
	test('finds every marked fact with its text, note, citations and line', () => {
		expect(collectCaveats(body)).toEqual([
			{
				text: 'ne vairāk kā desmit konsultācijas pa 45 minūtēm [@003, 14011–14013]',
				note: 'regulējums grozīts',
				citations: ['[@003, 14011–14013]'],
				line: 3,
			},
			{ text: '16 nodarbības [@003, 14015]', citations: ['[@003, 14015]'], line: 4 },
		]);
	});
});

describe('caveatProblems', () => {
	test('a caveat without a dated source fails with the file and line', () => {
		expect(caveatProblems('a.mdx', 'X\n<Caveat>desmit konsultācijas [@secinajums]</Caveat>')).toEqual([
			'a.mdx:2: <Caveat> „desmit konsultācijas [@secinajums]” nenorāda datēto avotu — pievienojiet atsauci, piemēram, [@003, 14011–14013].',
		]);
	});
	test('an unclosed caveat fails', () => {
		expect(caveatProblems('a.mdx', '<Caveat>desmit [@003, 1]')).toEqual([
			'a.mdx: <Caveat> atvērts 1, aizvērts 0 reizes.',
		]);
	});
	test('a well-formed body has no problems', () => {
		expect(caveatProblems('a.mdx', body)).toEqual([]);
	});
});

describe('caveatRows (the editors’ page)', () => {
	test('lists each fact with its lesson, in lesson order', () => {
		const rows = caveatRows([
			{ id: 'k/a', title: 'A', href: '/kursi/k/a/', file: 'a.mdx', body },
			{ id: 'k/b', title: 'B', href: '/kursi/k/b/', file: 'b.mdx', body: 'bez atzīmēm' },
		]);
		expect(rows.map((r) => [r.lessonTitle, r.href, r.citations[0]])).toEqual([
			['A', '/kursi/k/a/', '[@003, 14011–14013]'],
			['A', '/kursi/k/a/', '[@003, 14015]'],
		]);
	});
	test('throws with every problem when a caveat has no source', () => {
		expect(() =>
			caveatRows([{ id: 'x', title: 'X', href: '/', file: 'x.mdx', body: '<Caveat>desmit</Caveat>' }]),
		).toThrow(/x\.mdx:1: <Caveat> „desmit” nenorāda datēto avotu/);
	});
	test('course A marks the two facts the review found outdated (M2, M3)', () => {
		const dir = 'content/lessons/vardarbiba/';
		const all = readdirSync(dir).flatMap((f) =>
			collectCaveats(readFileSync(dir + f, 'utf8')).map((c) => c.text),
		);
		expect(all.some((t) => t.startsWith('ne vairāk kā desmit psihologa konsultācijas'))).toBe(true);
		expect(all.some((t) => t.includes('vidēju vai smagu miesas bojājumu'))).toBe(true);
	});
});
