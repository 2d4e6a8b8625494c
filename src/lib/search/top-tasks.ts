/**
 * The practitioner's top tasks, offered when a search finds nothing. Each is a tool page (its
 * title as in `content/tools/`) or the directory; a unit test checks that each still exists.
 */
export const TOP_TASKS = [
	{ id: 'pasnavibas-risks', title: 'Saruna par pašnāvības risku', url: '/riki/pasnavibas-risks/' },
	{
		id: 'algoritms-policijas-zinojums',
		title: 'Rīcības algoritms pēc policijas ziņojuma',
		url: '/riki/algoritms/policijas-zinojums/',
	},
	{ id: 'drosibas-plans', title: 'Drošības plāns', url: '/riki/drosibas-plans/' },
	{ id: 'darba-dienu-kalkulators', title: 'Darba dienu kalkulators', url: '/riki/darba-dienas/' },
	{ id: 'resursi', title: 'Pakalpojumi un tālruņi', url: '/resursi/' },
] as const;
