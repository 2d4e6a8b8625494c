import { expect, test } from 'vitest';
import { asSentence, firstSentence, sentences, wordCount } from '../../../src/lib/text/sentences.ts';

test('a sentence ends at a stop before a capital letter, not at a numbered line or an abbreviation', () => {
	expect(
		sentences(
			'Visi principi ir zem viena saukļa (004, 28. rinda). Tulkošana jānodrošina (64. rinda)! „Kāpēc?” Tā ir.',
		),
	).toEqual([
		'Visi principi ir zem viena saukļa (004, 28. rinda).',
		'Tulkošana jānodrošina (64. rinda)!',
		'„Kāpēc?”',
		'Tā ir.',
	]);
	expect(firstSentence('Seku mezgls.\nMarija nevar\nrunāt brīvi.')).toBe('Seku mezgls.');
	expect(firstSentence('')).toBe('');
	expect(wordCount('Seku mezgls — 2 vārdi.')).toBe(4);
});

test('a citation in square brackets stays whole and never ends or splits a sentence', () => {
	const notes =
		'Visi principi ir zem viena saukļa — nenodarīt ļaunu [@004, 28]. Tulkošana jānodrošina [@004 2.3. Sadaļa. Cits, 64].';
	expect(sentences(notes)).toEqual([
		'Visi principi ir zem viena saukļa — nenodarīt ļaunu [@004, 28].',
		'Tulkošana jānodrošina [@004 2.3. Sadaļa. Cits, 64].',
	]);
	expect(wordCount('Avots [@004, 28] prasa.')).toBe(2);
});

test('a heading run into text gets a full stop only when it does not already end a sentence', () => {
	expect(asSentence('Sākums: ziņojums un zvans')).toBe('Sākums: ziņojums un zvans.');
	expect(asSentence('Kā cietušais reaģē uz zvanu vai aicinājumu?')).toBe(
		'Kā cietušais reaģē uz zvanu vai aicinājumu?',
	);
	expect(asSentence('Ziņo policijai!')).toBe('Ziņo policijai!');
	expect(asSentence('Saka: „nē.”')).toBe('Saka: „nē.”');
});
