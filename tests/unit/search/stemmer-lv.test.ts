import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/lib/search/fold.ts';
import { stemFolded, stemLatvian } from '../../../src/lib/search/stemmer-lv.ts';

describe('stemLatvian', () => {
	test('gives one stem for the case forms of a noun', () => {
		const forms = [
			'vardarbība',
			'vardarbības',
			'vardarbībai',
			'vardarbību',
			'vardarbībā',
			'vardarbībām',
			'vardarbībās',
		];
		expect(new Set(forms.map(stemLatvian))).toEqual(new Set(['vardarbīb']));
	});

	test('gives one stem for the definite and indefinite adjective forms', () => {
		const forms = [
			'zils',
			'zilais',
			'zilie',
			'zilā',
			'zilo',
			'zilajam',
			'zilajiem',
			'zilajai',
			'zilajām',
			'zilajā',
			'zilajos',
			'zilajās',
		];
		expect(new Set(forms.map(stemLatvian))).toEqual(new Set(['zil']));
	});

	test.each([
		['lāču', 'lāc'],
		['lāčiem', 'lāc'],
		['akmeņiem', 'akmen'],
		['egļu', 'egl'],
		['krāšņu', 'krāsn'],
		['zvaigžņu', 'zvaigzn'],
		['kāpšļu', 'kāpsl'],
		['zižļu', 'zizl'],
		['viļņu', 'viln'],
		['leļļu', 'lell'],
		['piņņu', 'pinn'],
		['rīkšu', 'rīkst'],
		['kurmju', 'kurm'],
		['zemju', 'zem'],
	])('undoes palatalisation after a marked ending: %s → %s', (word, stem) => {
		expect(stemLatvian(word)).toBe(stem);
	});

	test('leaves palatalisation alone after an unmarked ending', () => {
		// 'š' is not a palatalising ending, so ļ stays (ceļa → cel is the marked case).
		expect(stemLatvian('ceļš')).toBe('ceļ');
		expect(stemLatvian('ceļa')).toBe('cel');
	});

	test('keeps short words and words without vowels whole', () => {
		expect(stemLatvian('usa')).toBe('usa');
		expect(stemLatvian('60ms')).toBe('60ms');
		expect(stemLatvian('vp')).toBe('vp');
		expect(stemLatvian('')).toBe('');
	});

	test('lowercases before stemming', () => {
		expect(stemLatvian('Bāriņtiesā')).toBe('bāriņties');
	});
});

describe('stemFolded', () => {
	const words = [
		'vardarbība',
		'vardarbībā',
		'sievietēm',
		'pašnāvības',
		'dzīvoklis',
		'krīzes',
		'bāriņtiesai',
		'atbrīvošanas',
		'dokumenti',
		'lāču',
		'akmeņiem',
		'kurmjiem',
		'egļu',
		'zilajām',
		'viļņu',
		'leļļu',
		'krāšņu',
		'govīm',
		'ceļš',
		'drošības',
		'kaimiņiem',
		'zemju',
		'sociālajam',
		'eglēs',
	];

	test.each(words)('stems folded %s to the folded stem of the original', (w) => {
		expect(stemFolded(fold(w))).toBe(fold(stemLatvian(w)));
	});

	test('reaches the same stem whether or not the word was typed with diacritics', () => {
		expect(stemFolded('sievietem')).toBe(stemFolded(fold('sievietēm')));
		expect(stemFolded('pasnavibas')).toBe('pasnavib');
	});

	test('cannot restore kš → kst, since folded "ks" is ambiguous', () => {
		expect(stemFolded(fold('rīkšu'))).toBe('riks');
	});
});
