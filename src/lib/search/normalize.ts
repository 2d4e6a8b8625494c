// Index and query go through the same steps — NFC, split into words, fold diacritics, drop
// function words, stem — so that whatever spelling a user types on a phone keyboard meets the
// text's stems. Synonym groups are recognised on the stem sequence, so inflected forms
// ("pagaidu aizsardzības pret vardarbību") count as members too.

import { fold } from './fold.ts';
import { stemFolded } from './stemmer-lv.ts';
import { SYNONYMS, type SynonymGroup } from './synonyms.ts';

const WORD = /[\p{L}\p{N}]+/gu;

// Folded forms. 'pēc' is intentionally absent: in "dokumenti pēc atbrīvošanas" it carries
// meaning, and as a 3-letter exact term it costs little.
const STOP_WORDS = new Set([
	'un',
	'vai',
	'ar',
	'par',
	'no',
	'uz',
	'ka',
	'ir',
	'ari',
	'to',
	'ta',
	'pie',
	'bet',
	'jo',
	'lai',
	// Question words, pronouns and particles a practitioner types in a question ("ko darīt, ja viņš
	// saka, ka nav problēmu"): in nearly every record, they cost query time and say nothing.
	'ko',
	'kas',
	'kur',
	'kad',
	'ja',
	'pa',
	'ne',
	'nav',
	'vel',
	'jau',
	'tad',
	'tik',
	'es',
	'tu',
	'man',
	'mes',
	'jus',
	'sev',
	'sevi',
	'sevis',
	'vins',
	'vina',
	'vinu',
	'vinam',
	'vinai',
	'vini',
	'vinas',
	'neko',
]);

/**
 * Splits text into words: runs of letters and digits (after NFC), everything else separates.
 * @example tokenize('24/7 tālrunis') // ['24', '7', 'tālrunis']
 */
export function tokenize(text: string): string[] {
	return text.normalize('NFC').match(WORD) ?? [];
}

/** Folded, stemmed words of a text with stop words removed, in order. */
export function normalizeWords(text: string): string[] {
	const out: string[] = [];
	for (const token of tokenize(text)) {
		const folded = fold(token);
		if (!STOP_WORDS.has(folded)) out.push(stemFolded(folded));
	}
	return out;
}

type Phrase = { key: string; words: readonly string[] };

const compiled = new WeakMap<readonly SynonymGroup[], readonly Phrase[]>();

/** The member phrases of the groups as stem sequences, longest first (cached per list). */
function phrasesOf(groups: readonly SynonymGroup[]): readonly Phrase[] {
	let phrases = compiled.get(groups);
	if (!phrases) {
		// Longest phrases first, so "ieslodzījuma vietu pārvalde" wins over "ieslodzījuma vieta".
		phrases = groups
			.flatMap((g) => g.terms.map((t) => ({ key: g.key, words: normalizeWords(t) })))
			.filter((p) => p.words.length > 0)
			.sort((a, b) => b.words.length - a.words.length);
		compiled.set(groups, phrases);
	}
	return phrases;
}

function phraseAt(phrases: readonly Phrase[], words: readonly string[], i: number): Phrase | undefined {
	return phrases.find((p) => p.words.every((w, j) => words[i + j] === w));
}

/**
 * Normalises a text for the index: its stems separated by spaces, then the key of every
 * synonym group one of whose members occurs in it.
 * @example normalizeText('Pagaidu aizsardzība pret vardarbību') // 'pagaid aizsardzib pret vardarbib syn_papv'
 */
export function normalizeText(text: string, synonyms: readonly SynonymGroup[] = SYNONYMS): string {
	const phrases = phrasesOf(synonyms);
	const words = normalizeWords(text);
	const keys = new Set<string>();
	for (let i = 0; i < words.length; i++) {
		const p = phraseAt(phrases, words, i);
		if (p) keys.add(p.key);
	}
	return [...words, ...keys].join(' ');
}

/**
 * Normalises a query into distinct terms; a synonym member phrase becomes its group key.
 * @example normalizeQuery('PAPV termiņš') // ['syn_papv', 'termin']
 */
export function normalizeQuery(query: string, synonyms: readonly SynonymGroup[] = SYNONYMS): string[] {
	const phrases = phrasesOf(synonyms);
	const words = normalizeWords(query);
	const out = new Set<string>();
	for (let i = 0; i < words.length;) {
		const p = phraseAt(phrases, words, i);
		out.add(p ? p.key : (words[i] as string));
		i += p ? p.words.length : 1;
	}
	return [...out];
}

/**
 * The stems a query term stands for in the text: a group key expands to its members' stems,
 * any other term to itself. Used to highlight synonym matches in snippets.
 */
export function expandTerm(term: string, synonyms: readonly SynonymGroup[] = SYNONYMS): string[] {
	const words = phrasesOf(synonyms)
		.filter((p) => p.key === term)
		.flatMap((p) => p.words);
	return words.length ? [...new Set(words)] : [term];
}
