/** The A–Z jump bar of the glossary: each initial letter (Latvian alphabet, diacritics kept) and the first term under it. */
export function glossaryLetters(terms: { id: string; term: string }[]): { letter: string; id: string }[] {
	const out: { letter: string; id: string }[] = [];
	const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'lv'));
	for (const g of sorted) {
		const letter = g.term.charAt(0).toLocaleUpperCase('lv');
		if (!out.some((x) => x.letter === letter)) out.push({ letter, id: g.id });
	}
	return out;
}
