/** UI strings of the "facilitator" feature (keys `facilitator.*`). */
export const facilitatorStrings = {
	'facilitator.title': 'Vadītāja režīms',
	'facilitator.lead':
		'Rādiet ar projektoru. Grupa balso, jūs saskaitāt balsis, kopā pārrunājat izvēli un tad atklājat sekas.',
	'facilitator.options': 'Rīcības varianti',
	'facilitator.votes': 'Balsis: {count}',
	'facilitator.add': 'Pievienot balsi variantam {letter}',
	'facilitator.remove': 'Noņemt balsi variantam {letter}',
	'facilitator.reveal': 'Atklāt sekas',
	'facilitator.hide': 'Paslēpt sekas',
	'facilitator.follow': 'Turpināt ar {letter}',
	'facilitator.followTop': 'Turpināt ar vairākuma izvēli',
	'facilitator.back': 'Atpakaļ',
	'facilitator.restart': 'No sākuma',
	'facilitator.fullscreen': 'Pilnekrāns',
	'facilitator.record': 'Lejupielādēt sesijas pierakstu',
	'facilitator.openProjector': 'Atvērt projektora logu',
	'facilitator.projectorHelp':
		'Projektora logā grupa redz tikai situāciju, variantus, balsis un — pēc atklāšanas — sekas; piezīmes un vadības pogas paliek jūsu ekrānā. Abi logi jāatver vienā un tajā pašā pārlūkā.',
	'facilitator.recordTitle': 'Sesijas pieraksts',
	'facilitator.recordFollowed': 'grupa izvēlējās',
	'facilitator.notes': 'Vadītāja piezīmes',
	'facilitator.side': 'Diskusija, piezīmes un karte',
	'facilitator.prompts': 'Jautājumi diskusijai',
	'facilitator.map': 'Scenārija karte',
	'facilitator.mapOpen': 'Palielināt karti',
	'facilitator.timer': 'Diskusijas laiks',
	'facilitator.timerStart': 'Sākt laiku',
	'facilitator.timerPause': 'Apturēt laiku',
	'facilitator.mapClose': 'Aizvērt karti',
	'facilitator.mapDesc':
		'Visi scenārija mezgli un pārejas; pašreizējais mezgls ir izcelts ar biezu rāmi, jau apmeklētie — ar zaļu.',
	'facilitator.shortcuts':
		'Taustiņi: 1–9 pievieno balsi, Shift+1–9 to noņem, R atklāj sekas, N turpina ar vairākuma izvēli, B iet atpakaļ, K atver lielo karti, T sāk vai aptur diskusijas laiku.',
	'facilitator.leadsTo': 'Ved uz: {title}',
	'facilitator.ended': 'Scenārijs beidzies.',
} as const;
