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
