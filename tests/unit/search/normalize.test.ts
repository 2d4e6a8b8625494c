import { describe, expect, test } from 'vitest';
import { expandTerm, normalizeQuery, normalizeText, tokenize } from '../../../src/lib/search/normalize.ts';
import { SYNONYMS, searchSynonyms } from '../../../src/lib/search/synonyms.ts';

describe('tokenize', () => {
	test('splits on everything that is not a letter or digit', () => {
		expect(tokenize('24/7 tālrunis: „Nezvaniet vairs”!')).toEqual([
			'24',
			'7',
			'tālrunis',
			'Nezvaniet',
			'vairs',
		]);
	});

	test('keeps a decomposed letter inside its word', () => {
		expect(tokenize('sieviete\u0304m')).toEqual(['sievietēm']);
	});
});

describe('normalizeText', () => {
	test('a query without diacritics equals the text with them', () => {
		expect(normalizeText('pasnavibas sievietem vardarbiba')).toBe(
			normalizeText('Pašnāvības sievietēm vardarbībā'),
		);
	});

	test('drops function words but keeps "pēc"', () => {
		expect(normalizeText('Dokumenti pēc atbrīvošanas un ar ko runāt')).toBe('dokument pec atbrivosan runat');
	});

	test('appends the key of each synonym group a phrase belongs to, also when inflected', () => {
		expect(normalizeText('Tiesa piemēro pagaidu aizsardzību pret vardarbību.').split(' ')).toContain(
			'syn_papv',
		);
		expect(normalizeText('Zvaniet Valsts policijai').split(' ')).toContain('syn_vpol');
	});

	test('adds no key when the words of a phrase are apart', () => {
		expect(normalizeText('valsts iestāde un policija')).not.toContain('syn_');
	});
});

describe('normalizeQuery', () => {
	test('an abbreviation and its full form become the same key', () => {
		expect(normalizeQuery('PAPV')).toEqual(['syn_papv']);
		expect(normalizeQuery('pagaidu aizsardziba pret vardarbibu')).toEqual(['syn_papv']);
		expect(normalizeQuery('RVN')).toEqual(normalizeQuery('riska un vajadzību novērtējums'));
	});

	test('prefers the longest phrase', () => {
		expect(normalizeQuery('Ieslodzījuma vietu pārvalde')).toEqual(['syn_ievp']);
		expect(normalizeQuery('ieslodzījuma vietā')).toEqual(['syn_ieslv']);
	});

	test('keeps other words as distinct stems around a phrase', () => {
		expect(normalizeQuery('zvanīt SD sociālajam dienestam zvanīt')).toEqual(['zvanit', 'syn_sd']);
	});

	test('returns nothing for a query of stop words only', () => {
		expect(normalizeQuery('un vai ar')).toEqual([]);
	});
});

describe('expandTerm', () => {
	test('expands a group key to the stems of its members', () => {
		expect(expandTerm('syn_suic')).toEqual(['pasnavib', 'suicid', 'pasnavniecisk', 'suicidal']);
		expect(expandTerm('dzivokl')).toEqual(['dzivokl']);
	});
});

describe('SYNONYMS', () => {
	test('keys are unique ASCII tokens and none is a prefix of another', () => {
		const keys = SYNONYMS.map((g) => g.key);
		for (const k of keys) {
			expect(k).toMatch(/^syn_[a-z0-9]+$/);
			expect(keys.filter((o) => o.startsWith(k))).toEqual([k]);
		}
	});
});

describe('searchSynonyms', () => {
	test('glossary abbreviations become the groups; a static group with the same abbreviation is merged in', () => {
		const groups = searchSynonyms(
			[
				{ id: 'bt', term: 'bāriņtiesa', abbr: 'BT' },
				{ id: 'socialais-dienests', term: 'sociālais dienests', abbr: 'Dienests' },
			],
			[
				{ key: 'syn_bt', terms: ['BT', 'bāriņtiesas'] },
				{ key: 'syn_suic', terms: ['pašnāvība', 'suicīds'] },
			],
		);
		expect(groups).toEqual([
			{ key: 'syn_g_bt_', terms: ['BT', 'bāriņtiesa', 'bāriņtiesas'] },
			{ key: 'syn_suic', terms: ['pašnāvība', 'suicīds'] },
		]);
		expect(normalizeQuery('bt lemums', groups)).toEqual(['syn_g_bt_', 'lemum']);
	});
});
