/** UI strings of the resource directory (/resursi/) and resource pages (keys `resources.*`). */
export const resourcesStrings = {
	'resources.title': 'Resursi un kontakti',
	'resources.source': 'Avots',
	'resources.checked': 'Pārbaudīts {date}',
	'resources.phones': 'Tālruņi',
	'resources.caveat': 'Piezīme',
	'resources.web': 'Tīmekļa vietne',
	'resources.email': 'E-pasts',
	'resources.region': 'Darbības teritorija',
	'resources.for': 'Kam paredzēts',
	'resources.lead':
		'Katram ierakstam norādīts avots un pārbaudes datums. Tālruņu darba laiks var mainīties — pārbaudiet to, pirms nododat informāciju klientam.',
	'resources.webSource': 'Publiska tīmekļa lapa: {url} (pārbaudīta {date}).',
	'resources.group.cietusie': 'vardarbībā cietušie',
	'resources.group.krize': 'cilvēki krīzē',
	'resources.group.berni': 'bērni un pusaudži',
	'resources.group.vardarbibas-veiceji': 'personas, kas varētu izturēties vardarbīgi',
	'resources.group.cilveku-tirdzniecibas-upuri': 'cilvēku tirdzniecības upuri',
	'resources.group.specialisti': 'speciālisti',
	'resources.group.visi': 'ikviens',
	'resources.finder.lead':
		'Pakalpojumi, programmas un iestādes, ko min rokasgrāmata, un krīzes tālruņi no publiskām lapām. Katram ierakstam ir avots un datējums: publiskā lapā pārbaudītam – pārbaudes datums, rokasgrāmatas ierakstam – „pēc rokasgrāmatas (ap 2022. g.)”.',
	'resources.finder.search': 'Meklēt katalogā',
	'resources.finder.searchHint':
		'Piem., „nakts patversme”, „VPD programmas”, „personas apliecība”. Garumzīmes nav obligātas.',
	'resources.finder.filters': 'Filtri',
	'resources.finder.kind': 'Veids',
	'resources.finder.group': 'Kam paredzēts',
	'resources.finder.region': 'Teritorija',
	'resources.finder.flag': 'Tikai',
	'resources.finder.clear': 'Notīrīt meklēšanu un filtrus',
	'resources.finder.count': 'Atrasti {n} ieraksti (ārkārtas numuri vienmēr redzami augšā).',
	'resources.finder.count1': 'Atrasts 1 ieraksts (ārkārtas numuri vienmēr redzami augšā).',
	'resources.finder.none':
		'Nekas neatbilst meklētajam un izvēlētajiem filtriem. Notīriet kādu filtru vai meklējiet citiem vārdiem.',
	'resources.finder.emergency': 'Tūlītējas briesmas: zvaniet',
	'resources.finder.results': 'Atrastie ieraksti',
	'resources.copy': 'Kopēt numuru',
	'resources.copied': 'Numurs {number} nokopēts.',
	'resources.copyFailed': 'Neizdevās nokopēt; atlasiet numuru un nokopējiet to pats.',
	'resources.badge.allDay': '24/7',
	'resources.badge.free': 'bez maksas',
	'resources.badge.professional': 'speciālistiem',
	'resources.badge.perpetrators': 'nedodiet cietušajam',
	'resources.professionalNote':
		'Kontakts speciālistiem, ne klientiem: nedodiet to klientam un nedrukājiet klienta kartītē.',
	'resources.perpetratorNote':
		'Tālrunis cilvēkiem, kuri paši varētu izturēties vardarbīgi. Nedodiet to cietušajam kā palīdzības tālruni; tas nav klienta kartītē.',
	'resources.checkCurrent': 'Pārbaudiet aktuālo informāciju: tālruņi, darba laiki un nosacījumi mainās.',
	'resources.dating': 'Datējums: {label}',
	'resources.stale':
		'Šis ieraksts nav pārbaudīts publiskā avotā ilgāk par 12 mēnešiem. Pirms nododat to klientam, pārbaudiet, vai tas joprojām ir spēkā.',
	'resources.mentionedIn': 'Kur šis ieraksts minēts',
	'resources.overviews': 'Pārskati pa tēmām',
	'resources.overviewOf': 'Pārskats: {title}',
	'resources.where': 'Kur avota tekstā',
	'resources.lines': 'rindas {lines}',
	'resources.handbook': 'Rokasgrāmata',
	'resources.address': 'Adrese',
	'resources.kind': 'Veids',
	'resources.hours': 'darba laiks: {hours}',
	'resources.print.worker': 'Drukāt tālruņu sarakstu darbiniekam',
	'resources.print.client': 'Drukāt klienta kartīti',
	'resources.print.workerTitle': 'Tālruņu saraksts sociālajam darbiniekam',
	'resources.print.workerLead':
		'Visi kataloga tālruņi pa grupām, arī kontakti speciālistiem. Nedodiet šo lapu klientam.',
	'resources.print.clientTitle': 'Kur zvanīt, ja vajag palīdzību',
	'resources.print.clientLead': 'Ārkārtas gadījumā zvaniet 112. Zemāk – krīzes un atbalsta tālruņi.',
	'resources.print.button': 'Drukāt',
	'resources.print.dated': 'Saraksts sagatavots no kataloga; darba laiki un numuri var mainīties.',
	'resources.noJs': 'Katalogs pa grupām. Ar ieslēgtu JavaScript šeit var meklēt un filtrēt.',
	'resources.backToList': 'Atpakaļ uz katalogu',
	'resources.entries': 'Ieraksti',
} as const;

export type ResourcesKey = keyof typeof resourcesStrings;

/** A resources string with {placeholders} filled in. */
export function rt(key: ResourcesKey, vars: Record<string, string | number> = {}): string {
	return resourcesStrings[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
