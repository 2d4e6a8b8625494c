import { describe, expect, test } from 'vitest';
import { makeSnippet } from '../../../src/lib/search/snippet.ts';

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('makeSnippet', () => {
	test('marks whole words in the original spelling', () => {
		expect(makeSnippet('Novērtējiet pašnāvības risku.', ['pasnavib', 'risk'])).toEqual([
			{ text: 'Novērtējiet ', mark: false },
			{ text: 'pašnāvības', mark: true },
			{ text: ' ', mark: false },
			{ text: 'risku', mark: true },
			{ text: '.', mark: false },
		]);
	});

	test('matches only at the start of a word', () => {
		expect(marked(makeSnippet('speciālists pēc tam', ['pec']))).toEqual(['pēc']);
	});

	test('cuts a window around the first match at word boundaries', () => {
		const text = `${'vārds '.repeat(30)}Krīzes dzīvoklis ir pieejams.${' beigas'.repeat(30)}`;
		const parts = makeSnippet(text, ['kriz'], 30);
		expect(joined(parts)).toBe('…vārds vārds vārds vārds Krīzes dzīvoklis ir pieejams.…');
		expect(marked(parts)).toEqual(['Krīzes']);
	});

	test('highlights the words of a synonym the query named by abbreviation', () => {
		expect(marked(makeSnippet('Tiesa piemēro pagaidu aizsardzību pret vardarbību.', ['syn_papv']))).toEqual([
			'pagaidu',
			'aizsardzību',
			'pret',
			'vardarbību',
		]);
	});

	test('prefers words with exactly the query stem and whole numbers', () => {
		const parts = makeSnippet('Sociālajā dienestā (333. rinda) zvana 3 darba dienās.', ['3', 'darb', 'dien']);
		expect(marked(parts)).toEqual(['3', 'darba', 'dienās']);
	});

	test('centres on the place where most query words meet', () => {
		const text = `Plāns ir svarīgs. ${'cits teksts '.repeat(20)}Drošības plāns jāglabā droši.`;
		const parts = makeSnippet(text, ['drosib', 'plan'], 20);
		expect(joined(parts)).toBe('…teksts cits teksts Drošības plāns…');
		expect(marked(parts)).toEqual(['Drošības', 'plāns']);
	});

	test('shows the beginning of the text when no word matches', () => {
		expect(makeSnippet('Īss teksts bez trāpījuma un vēl daži vārdi', ['xyz'], 10)).toEqual([
			{ text: 'Īss teksts bez…', mark: false },
		]);
	});
});
