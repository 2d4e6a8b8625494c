/** UI strings of the "search" feature (keys `search.*`). */
export const searchStrings = {
	'search.open': 'Meklēt',
	'search.shortcut': 'Lai meklētu, nospiediet /',
	'search.label': 'Meklēt vietnē',
	'search.placeholder': 'Piem., pašnāvības risks, krīzes dzīvoklis',
	'search.close': 'Aizvērt meklēšanu',
	'search.loading': 'Ielādē meklēšanas indeksu…',
	'search.loadError': 'Meklēšanas indeksu neizdevās ielādēt. Mēģiniet vēlreiz.',
	'search.noResults': 'Nekas netika atrasts. Pamēģiniet citu vārdu vai saīsinājumu.',
	'search.results': '{count} rezultāti',
	'search.resultsOne': '{count} rezultāts',
	'search.resultsZero': '{count} rezultātu',
	'search.allResults': 'Visi rezultāti',
	'search.pageTitle': 'Meklēšana',
	'search.submit': 'Meklēt',
	'search.hint':
		'Var rakstīt bez garumzīmēm un mīkstinājuma zīmēm: meklējot „pasnavibas risks”, atradīsiet „pašnāvības risks”.',
	'search.kind.lesson': 'Nodarbība',
	'search.kind.glossary': 'Termins',
	'search.kind.tool': 'Rīks',
	'search.kind.resource': 'Resurss',
	'search.kind.scenario': 'Scenārijs',
	'search.noscript': 'Meklēšanai nepieciešams JavaScript. Izmantojiet kursu un rīku sarakstus.',

	'search.shown': 'Rādīti {shown} no {total}',
	'search.more': 'Rādīt vēl {count}',
	'search.notKept': 'Bezsaistē nav pieejams',
	'search.empty.closest': 'Tuvākie atbilstošie',
	'search.empty.tasks': 'Biežākie uzdevumi',
	'search.empty.emergency': 'Ārkārtas situācijā',
	'search.empty.notYet':
		'Vietnē vēl nav rokasgrāmatas (003) 2. nodaļas otrās puses (atkarības, seniori, agresija, nepilngadīgie, starpinstitucionālā sadarbība, ģimene, pirmsatbrīvošanas posms, brīvprātīgie) un 3. nodaļas (darbs pašvaldībā pēc atbrīvošanas) nodarbību; to tēmas meklēšana vēl var neatrast.',
} as const;
