// Folding is done one UTF-16 code unit at a time, so the folded string has exactly the same
// length as its input and an index into it is an index into the original. The snippet builder
// relies on this to highlight the original (diacritic) text at positions found in folded text.
// Every Latvian letter is NFC-precomposed and decomposes under NFD to a base letter plus one
// combining mark (U+0304, U+030C or U+0327), so "lowercase, NFD, drop marks" maps it to one
// ASCII letter. A character that would not fold to a single unit (e.g. 'İ', ligatures) is kept
// lowercased if that stays one unit, else unchanged.

const cache = new Map<number, string>();

function foldUnit(code: number, ch: string): string {
	// ASCII fast path: only A–Z change.
	if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
	const hit = cache.get(code);
	if (hit !== undefined) return hit;
	let out = ch;
	const lower = ch.toLowerCase();
	if (lower.length === 1) {
		const bare = lower.normalize('NFD').replace(/\p{M}+/gu, '');
		out = bare.length === 1 ? bare : lower;
	}
	cache.set(code, out);
	return out;
}

/**
 * Lowercases and strips diacritics one code unit for one code unit, so positions in the result
 * equal positions in the (NFC) input.
 * @example fold('Pašnāvības RISKS') // 'pasnavibas risks'
 */
export function fold(text: string): string {
	// Without the u flag the pattern matches single UTF-16 code units, so the length is kept.
	return text.replace(/[A-Z\u0080-\uffff]/g, (ch) => foldUnit(ch.charCodeAt(0), ch));
}
