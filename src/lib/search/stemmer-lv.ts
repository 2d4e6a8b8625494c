// Light Latvian stemmer. Algorithm: Kārlis Krēsliņš, "A stemming algorithm for Latvian" (PhD
// thesis), in the light noun/adjective variant described for Apache Lucene's LatvianStemmer
// (Apache-2.0). Written here from that description (design/anchors.md §4), not ported.
// It only removes the main case/number/gender/definiteness endings of nouns and adjectives and
// undoes the consonant alternation that declensions II, V and VI show before some endings. The
// ambiguous s/t → š and d/z → ž alternations are deliberately left alone.

import { fold } from './fold.ts';

type Suffix = { text: string; vowels: number; palatal: boolean };

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ā', 'ē', 'ī', 'ū']);

function countVowels(word: string): number {
	let n = 0;
	for (const ch of word) if (VOWELS.has(ch)) n++;
	return n;
}

// Order matters: the first suffix that fits wins, so longer endings come first. Marked endings
// ('iem', 'us', 'os', 'u', 'a', 'i') are the ones after which a stem can be palatalised.
const PALATAL = new Set(['iem', 'us', 'os', 'u', 'a', 'i']);
const SUFFIX_TEXTS = [
	'ajiem',
	'ajai',
	'ajam',
	'ajām',
	'ajos',
	'ajās',
	'iem',
	'ajā',
	'ais',
	'ai',
	'ei',
	'ām',
	'am',
	'ēm',
	'īm',
	'im',
	'um',
	'us',
	'as',
	'ās',
	'es',
	'os',
	'ij',
	'īs',
	'ēs',
	'is',
	'ie',
	'u',
	'a',
	'i',
	'e',
	'ā',
	'ē',
	'ī',
	'ū',
	'o',
	's',
	'š',
];

const SUFFIXES: readonly Suffix[] = SUFFIX_TEXTS.map((text) => ({
	text,
	vowels: countVowels(text),
	palatal: PALATAL.has(text),
}));

// The same table for folded words: 'ēm' becomes 'em', 'ā' merges into 'a' and so on. Where two
// endings fold to one, the first keeps its place and its palatal mark.
const FOLDED_SUFFIXES: readonly Suffix[] = SUFFIXES.map((s) => ({ ...s, text: fold(s.text) })).filter(
	(s, i, all) => all.findIndex((t) => t.text === s.text) === i,
);

/** Finds the suffix to strip: the word must keep more vowels than the suffix and at least 3 letters. */
function findSuffix(word: string, table: readonly Suffix[]): Suffix | undefined {
	const vowels = countVowels(word);
	return table.find((s) => vowels > s.vowels && word.length >= s.text.length + 3 && word.endsWith(s.text));
}

const LABIAL_J = /[pbmv]j$/;

// Pairs first, then single letters: 'šņ' must become 'sn', not 'šn'.
const DEPALATALISE: readonly [string, string][] = [
	['šņ', 'sn'],
	['žņ', 'zn'],
	['šļ', 'sl'],
	['žļ', 'zl'],
	['ļņ', 'ln'],
	['ļļ', 'll'],
	['č', 'c'],
	['ļ', 'l'],
	['ņ', 'n'],
];

/** Undoes palatalisation at the end of a stem left by a marked suffix. */
function depalatalise(stem: string, removed: string): string {
	// kš → kst and ņņ → nn occur only in the genitive plural, i.e. when the ending began with u.
	if (removed.startsWith('u')) {
		if (stem.endsWith('kš')) return `${stem.slice(0, -1)}st`;
		if (stem.endsWith('ņņ')) return `${stem.slice(0, -2)}nn`;
	}
	if (LABIAL_J.test(stem)) return stem.slice(0, -1);
	for (const [from, to] of DEPALATALISE) if (stem.endsWith(from)) return stem.slice(0, -from.length) + to;
	return stem;
}

/**
 * Stems one Latvian noun or adjective (lowercased first); other words mostly pass unchanged.
 * @example stemLatvian('vardarbībā') // 'vardarbīb'
 */
export function stemLatvian(word: string): string {
	const w = word.toLowerCase();
	const s = findSuffix(w, SUFFIXES);
	if (!s) return w;
	const stem = w.slice(0, -s.text.length);
	return s.palatal ? depalatalise(stem, s.text) : stem;
}

/**
 * Stems a word that is already folded (see `fold`), so 'sievietem' and 'sievietēm' meet.
 * @example stemFolded('pasnavibas') // 'pasnavib'
 */
export function stemFolded(word: string): string {
	const s = findSuffix(word, FOLDED_SUFFIXES);
	if (!s) return word;
	const stem = word.slice(0, -s.text.length);
	// Of the alternation rules only "drop j after p/b/m/v" survives folding: the others map
	// ļ/ņ/č/š/ž to the letters folding already gives, and kš → kst cannot be told from a real 'ks'.
	return s.palatal && LABIAL_J.test(stem) ? stem.slice(0, -1) : stem;
}
