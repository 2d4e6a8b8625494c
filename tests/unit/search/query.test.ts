import { describe, expect, test } from 'vitest';
import type { SearchRecord } from '../../../src/lib/search/index-records.ts';
import { toIndexed } from '../../../src/lib/search/index-records.ts';
import { createSearcher } from '../../../src/lib/search/query.ts';

const RECORDS: SearchRecord[] = [
	{
		id: 'risks',
		kind: 'lesson',
		url: '/macibas/risks/#pazimes',
		page: 'Riska novērtēšana',
		heading: 'Pazīmes',
		text: 'Jautājiet tieši par pašnāvības domām; tas risku nepalielina.',
	},
	{
		id: 'mitne',
		kind: 'lesson',
		url: '/macibas/mitne/#iespejas',
		page: 'Droša mītne',
		heading: 'Iespējas',
		text: 'Ja mājās palikt nav droši, pašvaldība var piedāvāt krīzes dzīvokli vai patversmi.',
	},
	{
		id: 'krize',
		kind: 'lesson',
		url: '/macibas/mitne/#krizes-dzivoklis',
		page: 'Droša mītne',
		heading: 'Krīzes dzīvoklis',
		text: 'Kā pieteikties un cik ilgi var palikt.',
	},
	{
		id: 'atbr',
		kind: 'lesson',
		url: '/macibas/atbrivosana/#dokumenti',
		page: 'Pēc ieslodzījuma',
		heading: 'Dokumenti pēc atbrīvošanas',
		text: 'Pase, izziņa par atbrīvošanu un nosūtījums uz sociālo dienestu.',
	},
	{
		id: 'tiesa',
		kind: 'glossary',
		url: '/terminologija/#aizsardziba',
		page: 'Tiesas lēmums',
		text: 'Tiesa var piemērot pagaidu aizsardzību pret vardarbību, ja draud briesmas.',
	},
	{
		id: 'bt',
		kind: 'resource',
		url: '/resursi/barintiesa/',
		page: 'Bāriņtiesa',
		text: 'Aizgādības tiesību jautājumi un bērnu aizsardzība.',
	},
	{
		id: 'plans',
		kind: 'tool',
		url: '/riki/drosibas-plans/',
		page: 'Drošības plāns',
		text: 'Sastādiet sarakstu: dokumenti, zāles, atslēgas, telefons.',
	},
	{
		id: 'klusums',
		kind: 'scenario',
		url: '/scenariji/klusums/',
		page: 'Klusums pēc ziņojuma',
		text: 'Cietušā neatbild uz zvaniem trīs dienas.',
		keywords: ['VP'],
	},
];

const searcher = createSearcher(toIndexed(RECORDS));
const ids = (q: string) => searcher.search(q).map((r) => r.record.id);

describe('createSearcher', () => {
	test('a query typed without diacritics finds the inflected word', () => {
		expect(ids('pasnavibas')).toEqual(['risks']);
	});

	test('a different case form of the word still matches', () => {
		expect(ids('pašnāvība')).toEqual(['risks']);
	});

	test('a section whose heading matches comes first', () => {
		expect(ids('krizes dzivoklis')).toEqual(['krize', 'mitne']);
	});

	test('finds a heading with "pēc" typed as "pec"', () => {
		expect(ids('dokumenti pec atbrivosanas')[0]).toBe('atbr');
	});

	test('every word must match somewhere in the record', () => {
		expect(ids('dokumenti')).toEqual(expect.arrayContaining(['atbr', 'plans']));
		expect(ids('dokumenti zāles')).toEqual(['plans']);
	});

	test('an abbreviation finds a record that only has the full form', () => {
		expect(ids('PAPV')).toEqual(['tiesa']);
		expect(ids('BT')).toEqual(['bt']);
	});

	test('a keyword that is not shown still finds its record', () => {
		expect(ids('valsts policija')).toEqual(['klusums']);
	});

	test('tolerates a typo in a longer word', () => {
		expect(ids('vardarbbas')).toEqual(['tiesa']);
	});

	test('tolerates one typo in a four-letter stem', () => {
		expect(ids('drošības plabs')).toEqual(['plans']);
	});

	test('returns nothing for nonsense, a blank query or stop words only', () => {
		expect(ids('xqzvwk')).toEqual([]);
		expect(ids('   ')).toEqual([]);
		expect(ids('un vai')).toEqual([]);
	});

	test('respects the limit and returns records without index fields', () => {
		const [hit, ...rest] = searcher.search('dokumenti', 1);
		expect(rest).toEqual([]);
		expect(hit?.record).not.toHaveProperty('n');
		expect(hit?.score).toBeGreaterThanOrEqual(0);
	});

	test('the snippet marks the match in the original spelling', () => {
		const [hit] = searcher.search('pasnavibas');
		expect(hit?.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['pašnāvības']);
	});
});

describe('createSearcher phrase ranking', () => {
	test('a section that contains the typed phrase outranks a short record that merely has each word', () => {
		const s = createSearcher(
			toIndexed([
				{
					id: 'p',
					kind: 'resource',
					url: '/r/',
					page: 'Projekts',
					text: 'Sociālā darba attīstība, pasākums 4.3.5.4, darbdienās no 9 līdz 17.',
				},
				{
					id: 'a3',
					kind: 'lesson',
					url: '/a3/#s',
					page: 'Rīcība pēc ziņojuma',
					heading: 'Sākums: ziņojums un zvans',
					text: 'Sociālais darbinieks sazinās ar cietušo ne vēlāk kā 3 darba dienas pēc ziņojuma saņemšanas, skaitot no nākamās dienas; termiņu aprēķina kalkulators, kas izlaiž brīvdienas un svētku dienas un parāda, kuras dienas izlaistas.',
				},
			]),
		);
		expect(s.search('3 darba dienas')[0]?.record.id).toBe('a3');
	});
});
