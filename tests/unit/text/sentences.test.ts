import { expect, test } from 'vitest';
import { firstSentence, sentences, wordCount } from '../../../src/lib/text/sentences.ts';

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
