/** UI strings of the "plan" feature (keys `plan.*`). */
export const planStrings = {
	'plan.title': 'Drošības plāns',
	'plan.lead':
		'Aizpildiet kopā ar klientu. Izvērtējiet katru punktu — ja tas neattiecas uz situāciju, atstājiet to tukšu.',
	'plan.privacy':
		'Plāns netiek saglabāts un nekur nosūtīts. Tas pazūd, ja pārlādējat lapu, aizejat no tās vai ja tālrunis fonā aizver cilni. Lai plānu paturētu, izdrukājiet to vai — ja tas ir droši — saglabājiet šajā ierīcē. Saites šajā lapā atveras jaunā cilnē.',
	'plan.section': '{n}. daļa',
	'plan.sections': 'Plāna daļas',
	'plan.prev': 'Iepriekšējā daļa',
	'plan.next': 'Nākamā daļa',
	'plan.print': 'Drukāt vai saglabāt kā PDF',
	'plan.save': 'Saglabāt šajā ierīcē',
	'plan.saveWarningTitle': 'Pirms saglabājat šajā ierīcē',
	'plan.saveWarning':
		'Plāns tiks saglabāts šī pārlūka atmiņā. Ikviens, kas izmanto šo ierīci, to varēs atvērt. Ja klients joprojām dzīvo kopā ar vardarbīgo personu, izvērtējiet, vai šī persona plānu neatradīs un vai tas neizraisīs vardarbības epizodi. Koplietošanas ierīcē plānu nesaglabājiet.',
	'plan.saveConfirm': 'Saprotu, saglabāt',
	'plan.cancel': 'Atcelt',
	'plan.saved': 'Plāns saglabāts šajā ierīcē {date}',
	'plan.savedExists': 'Šajā ierīcē ir saglabāts plāns ({date}).',
	'plan.load': 'Atvērt saglabāto plānu',
	'plan.deleteSaved': 'Dzēst saglabāto plānu',
	'plan.clear': 'Notīrīt visu',
	'plan.clearConfirm': 'Notīrīt visus laukus un dzēst arī šajā ierīcē saglabāto plānu?',
	'plan.cleared': 'Visi lauki notīrīti.',
	'plan.created': 'Plāns sastādīts',
	'plan.review': 'Nākamā pārskatīšana',
	'plan.twoCopies':
		'Plānu ieteicams sagatavot divos eksemplāros — vienu glabā sociālais darbinieks, otru klients. Ja klients joprojām ir vardarbīgās attiecībās, vispirms izvērtējiet, vai vardarbīgā persona plānu neatradīs.',
	'plan.noName': 'Vārdu ierakstiet tikai tad, ja tas ir droši: izdrukā tas būs redzams.',
	'plan.nameLabel': 'Klienta vārds (nav obligāts)',
	'plan.other': 'Citi varianti un piezīmes',
	'plan.empty': '—',
	'plan.addRow': 'Pievienot rindu',
	'plan.removeRow': 'Noņemt {n}. rindu',
	'plan.emergency': 'Ārkārtas tālruņi',
	'plan.lessonLink': 'Nodarbība: kā sastādīt drošības plānu kopā ar klientu',
	'plan.newTab': '(atveras jaunā cilnē)',
} as const;
