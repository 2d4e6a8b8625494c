import { describe, expect, test } from 'vitest';
import { parseCitation, splitCitations } from '../../../src/lib/cite/parse.ts';
import {
	formatRef,
	readerLabel,
	sourceList,
	stripCitations,
	toTrainerText,
	trainerLabel,
} from '../../../src/lib/cite/format.ts';
import { encodeMarkers, markerModel } from '../../../src/lib/cite/marker.ts';
import { resolvedToPlain, resolvedWithoutMarkers, splitResolved } from '../../../src/lib/cite/resolved.ts';

const cite = (raw: string) => parseCitation(raw);

describe('parse', () => {
	test('reads every form of the syntax', () => {
		expect(cite('[@003 2.3., 6081–6100]').items).toEqual([
			{ kind: 'source', document: '003', section: '2.3.', ranges: [{ from: 6081, to: 6100 }] },
		]);
		expect(cite('[@000, 10-15, 218; @002, 84]').items).toEqual([
			{
				kind: 'source',
				document: '000',
				ranges: [
					{ from: 10, to: 15 },
					{ from: 218, to: 218 },
				],
			},
			{ kind: 'source', document: '002', ranges: [{ from: 84, to: 84 }] },
		]);
		expect(cite('[@secinajums]').items).toEqual([{ kind: 'inference' }]);
		expect(cite('[@ext:cssrs-triage]').items).toEqual([{ kind: 'ext', id: 'cssrs-triage' }]);
	});
	test('splits text into runs and markers in order', () => {
		expect(splitCitations('A [@000, 1] b [@secinajums].').map((p) => p.type)).toEqual([
			'text',
			'cite',
			'text',
			'cite',
			'text',
		]);
	});
});

describe('format', () => {
	test('the reader sees the short name and the section derived from the lines', () => {
		expect(readerLabel(cite('[@003, 6081–6100]'))).toBe('Rokasgrāmata, 2.3.');
		expect(readerLabel(cite('[@003, 6500]'))).toBe('Rokasgrāmata, 2.3.2.');
		expect(readerLabel(cite('[@000, 40–44]'))).toBe('Algoritms, 1. ieteikums');
		expect(readerLabel(cite('[@002, 84–90]'))).toBe('LM slaidi, krīzes dzīvoklis');
		expect(readerLabel(cite('[@000, 10–15; @004, 36]'))).toBe(
			'Algoritms, atteikuma iemesli; Darbnīcas slaidi, intervēšanas ētika',
		);
		expect(markerModel(cite('[@secinajums]')).label).toBe('(secinājums)');
	});
	test('the trainer sees the same with the code and the lines', () => {
		expect(trainerLabel(cite('[@003 2.3., 6081–6100]'))).toBe('Rokasgrāmata (003), 2.3., rindas 6081–6100');
		expect(toTrainerText('Zvans 3 darba dienās [@000, 218–225].')).toBe(
			'Zvans 3 darba dienās (Algoritms (000), algoritma shēma, rindas 218–225).',
		);
	});
	test('a { document, lines } pair from YAML formats the same way (for the directory)', () => {
		expect(formatRef({ document: '002', lines: '157–170' })).toEqual({
			reader: 'LM slaidi, kontakti',
			trainer: 'LM slaidi (002), kontakti, rindas 157–170',
		});
	});
	test('the source list groups by document, names the sections and merges the line ranges', () => {
		const items = [
			...cite('[@000, 10–32]').items,
			...cite('[@000, 12–13]').items,
			...cite('[@000, 218–225]').items,
			...cite('[@003, 9518–9539]').items,
			...cite('[@ext:jpa-116006]').items,
			...cite('[@secinajums]').items,
		];
		expect(sourceList(items)).toMatchObject([
			{
				code: '000',
				sections: [
					{ text: '„Izplatītākie iemesli, kāpēc cietušie atsakās no palīdzības”', ranges: ['10–32'] },
					{ text: '„Algoritma shēma (bloki teksta veidā un nosaukums)”', ranges: ['218–225'] },
				],
			},
			{
				code: '003',
				sections: [{ text: '3.4. Par vardarbību tiesāta persona ģimenē', ranges: ['9518–9539'] }],
			},
			{ kind: 'ext', id: 'jpa-116006', read: '2026-11-21' },
		]);
	});
	test('search text and islands get the citations without the document table', () => {
		expect(stripCitations('Zvans [@000, 218–225]. Tā ir [@secinajums] norma.')).toBe('Zvans. Tā ir norma.');
		expect(splitResolved(encodeMarkers('Zvans [@000, 218–225].'))).toEqual([
			{ type: 'text', value: 'Zvans ' },
			{
				type: 'marker',
				label: '(Algoritms, algoritma shēma)',
				detail: expect.stringContaining('— „Algoritma shēma'),
				kind: 'source',
				trainer: '(Algoritms (000), algoritma shēma, rindas 218–225)',
			},
			{ type: 'text', value: '.' },
		]);
		expect(splitResolved(encodeMarkers('[@secinajums]'))[0]).toMatchObject({
			label: '(secinājums)',
			kind: 'inference',
		});
	});
	test('copied text shows reader labels; a form label gets the text without markers', () => {
		const text = encodeMarkers('Dokumenti [@000, 68], nauda [@secinajums].');
		expect(resolvedToPlain(text)).toBe('Dokumenti (Algoritms, 4. ieteikums), nauda (secinājums).');
		expect(resolvedWithoutMarkers(text)).toBe('Dokumenti, nauda.');
	});
});
