/** UI strings of the citation module (markers, source list, trainer labels). */
export const citeStrings = {
	/** Heading of a page's source list. */
	'cite.sources': 'Avoti',
	/** Folded line ranges in the source list: for editors and trainers. */
	'cite.whereInText': 'Kur avota tekstā',
	'cite.whereInTextNote':
		'Rindu numuri norāda vietu avota teksta versijā, ko izmanto vietnes autori un mācību vadītāji; tā nav publicēta.',
	'cite.sections': 'Izmantotās daļas',
	'cite.noPublisher': 'Izdevējs un gads tekstā nav norādīti.',
	'cite.lines': 'rindas {lines}',
	'cite.otherLines': 'citas vietas',
	'cite.read': 'lasīts {date}',
	'cite.aboutLink': 'Par avotiem un atsaucēm',
	/** The source of a trainer's view item: "Avots: Algoritms (000), algoritma shēma, rindas 218–225". */
	'cite.trainerSource': 'Avots: {label}',
	'cite.readerSource': 'Avots: {label}',
	'cite.aboutTitle': 'Kā lasīt atsauces',
	'cite.about1':
		'Aiz apgalvojuma iekavās ir īss avota nosaukums un daļa, piemēram, „(Rokasgrāmata, 2.3.)”. Pieskarieties tam vai pārvietojiet uz to fokusu ar tastatūru, un zem tā parādās pilns dokumenta nosaukums un sadaļa. Lapas beigās sarakstā „Avoti” ir katrs izmantotais dokuments ar izdevēju, gadu un izmantotajām daļām.',
	'cite.about2':
		'„(secinājums)” nozīmē, ka teikums ir vietnes autoru secinājums: avoti to tieši nesaka, bet tas izriet no tiem. Izvērtējiet to ar savu profesionālo spriedumu.',
	'cite.about3':
		'Rindu numuri norāda vietu avotu teksta versijā, no kuras vietne veidota. Tā nav publicēta, tāpēc numuri ir paslēpti zem „Kur avota tekstā” un redzami mācību vadītāja skatos.',
	'cite.aboutExternal': 'Publiski avoti, kas izmantoti kontaktiem un suicīda riska rīkam',
} as const;

/** A cite string with {placeholders} filled. */
export function citeT(key: keyof typeof citeStrings, vars: Record<string, string> = {}): string {
	return citeStrings[key].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}
