/** UI strings of the "resources" feature (keys `resources.*`). */
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
} as const;
