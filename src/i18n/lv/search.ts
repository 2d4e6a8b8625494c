/** UI strings of the site search added by issue 12 (result count, no-results state). */
export const searchStrings = {
	'search.shown': 'Rādīti {shown} no {total}',
	'search.empty.closest': 'Tuvākie atbilstošie',
	'search.empty.tasks': 'Biežākie uzdevumi',
	'search.empty.emergency': 'Ārkārtas situācijā',
	'search.empty.notYet':
		'Vietnē vēl nav B kursa nodarbību no rokasgrāmatas (003) 1.–3. nodaļas; to tēmas meklēšana vēl neatrod.',
} as const;
