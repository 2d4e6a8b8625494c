// Practice terms that social workers write both in full and as abbreviations, or with two
// names. Every member of a group is indexed and queried as the group's key token, so a query
// with any member finds a record with any other. Keys are ASCII, contain '_' (which never
// occurs in a normalised word) and none is a prefix of another, because the index matches
// them as plain substrings.

/** One group of interchangeable terms and the token that stands for all of them. */
export type SynonymGroup = {
	/** ASCII token written into the index wherever a member occurs, e.g. 'syn_papv'. */
	key: string;
	/** Member phrases as a user would type them (any case, with or without diacritics). */
	terms: readonly string[];
};

/** The synonym groups used by both the index and the query. */
export const SYNONYMS: readonly SynonymGroup[] = [
	{ key: 'syn_sd', terms: ['SD', 'sociālais dienests', 'sociālais darbinieks'] },
	{ key: 'syn_vpol', terms: ['VP', 'Valsts policija'] },
	{ key: 'syn_papv', terms: ['PAPV', 'pagaidu aizsardzība pret vardarbību'] },
	{ key: 'syn_ieslv', terms: ['IeV', 'ieslodzījuma vieta', 'ieslodzījuma vietas'] },
	{ key: 'syn_ievp', terms: ['IeVP', 'Ieslodzījuma vietu pārvalde'] },
	{ key: 'syn_vprob', terms: ['VPD', 'Valsts probācijas dienests'] },
	{ key: 'syn_rvn', terms: ['RVN', 'riska un vajadzību novērtējums'] },
	{ key: 'syn_bt', terms: ['BT', 'bāriņtiesa'] },
	{ key: 'syn_krizdz', terms: ['krīzes dzīvoklis', 'krīzes mājoklis'] },
	// Intent: the practice words for suicide all lead to the same pages (issue 12).
	{ key: 'syn_suic', terms: ['pašnāvība', 'suicīds', 'pašnāvniecisks', 'suicidāls'] },
];

/** A glossary term as the synonym builder needs it. */
export type GlossaryTerm = { id: string; term: string; abbr?: string | undefined };

/** An abbreviation, as opposed to a short name ("Dienests"): two or more capital letters. */
const ABBREVIATION = /^(?=(?:.*\p{Lu}){2})[\p{L}.]+$/u;

/**
 * The site search's synonym list: every glossary abbreviation with its term (content/glossary/
 * terms.yaml is the one list of abbreviations), then the groups above that no glossary group
 * already covers (the intent groups, and abbreviations the glossary does not define yet). A
 * static group is covered when it shares its abbreviation with a glossary term; its other
 * spellings are kept in the glossary group.
 * @example searchSynonyms([{ id: 'bt', term: 'bāriņtiesa', abbr: 'BT' }]).find((g) => g.key === 'syn_g_bt')
 * // { key: 'syn_g_bt', terms: ['BT', 'bāriņtiesa'] }
 */
export function searchSynonyms(
	glossary: readonly GlossaryTerm[],
	base: readonly SynonymGroup[] = SYNONYMS,
): SynonymGroup[] {
	const groups: SynonymGroup[] = [];
	const used = new Set<SynonymGroup>();
	for (const g of glossary) {
		if (!g.abbr || !ABBREVIATION.test(g.abbr)) continue;
		const same = base.filter((b) => b.terms.some((t) => t.toLowerCase() === g.abbr?.toLowerCase()));
		same.forEach((b) => used.add(b));
		const terms = [g.abbr, g.term.replace(/\s*\(.*\)$/, ''), ...same.flatMap((b) => b.terms)];
		// Keys end in '_' so that no key is a prefix of another ('syn_g_vp_' / 'syn_g_vpd_').
		groups.push({ key: `syn_g_${g.id.replace(/[^a-z0-9]/g, '')}_`, terms: [...new Set(terms)] });
	}
	return [...groups, ...base.filter((b) => !used.has(b))];
}
