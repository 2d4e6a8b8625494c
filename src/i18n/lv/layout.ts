/**
 * Site chrome on every page (issue 10, phone first): the crisis entry in the header, the lesson's
 * "Šajā lapā" bar, the home page's task-first top, and the algorithm diagram's "you are here".
 */
export const layoutStrings = {
	// Crisis entry ("Krīzē") in the header: a <details>, so it opens without JavaScript and offline.
	'crisis.open': 'Krīzē',
	'crisis.title': 'Krīzes situācijā',
	'crisis.danger':
		'Ja ir apdraudēta kāda dzīvība, tūlīt zvaniet 112 un, ja tas ir droši, palieciet ar cilvēku, līdz ierodas palīdzība.',
	'crisis.numbers': 'Ārkārtas tālruņi',
	'crisis.112': 'vienotais ārkārtas palīdzības numurs: policija, ātrā palīdzība, ugunsdzēsēji',
	'crisis.113': 'neatliekamā medicīniskā palīdzība',
	'crisis.110': 'Valsts policija',
	'crisis.line': 'Diennakts krīzes tālrunis',
	'crisis.free': 'bezmaksas',
	'crisis.allDay': 'visu diennakti',
	'crisis.lineCaveat':
		'Emocionāla atbalsta tālrunis, nevis ārkārtas dienests: tūlītējās briesmās zvaniet 112. Numuri pārbaudīti {date}; pirms nodošanas klientam pārliecinieties, ka tie joprojām ir spēkā.',
	'crisis.all': 'Visi krīzes un atbalsta tālruņi',

	// Search dialog: the Close button's visible text (its name stays „Aizvērt meklēšanu”).
	'search.closeShort': 'Aizvērt',

	// Header on a phone: the trainers' link gets a short label.
	'nav.trainersShort': 'Vadītājiem',

	// Lesson: the "Šajā lapā" bar on phones and tablets.
	'toc.toggle': 'Šajā lapā',
	'toc.check': 'Pārbaude',
	'toc.top': 'Uz sākumu',

	// Home page: what the site does, a search field and the top tasks first.
	'home.h1': 'Mācības un darba rīki sociālajiem darbiniekiem',
	'home.searchLabel': 'Ko meklējat?',
	'home.searchButton': 'Meklēt',
	'home.searchHint': 'Var rakstīt bez garumzīmēm, piem., „drosibas plans”, „3 darba dienas”, „papv”.',
} as const;

export type LayoutKey = keyof typeof layoutStrings;

/** A layout string with `{name}` placeholders filled in. */
export function tl(key: LayoutKey, vars: Record<string, string | number> = {}): string {
	return layoutStrings[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
