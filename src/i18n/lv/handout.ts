/** UI strings of the "handout" feature (keys `handout.*`). */
export const handoutStrings = {
	'handout.title': 'Izdales materiāls',
	'handout.intro':
		'Izlasiet situāciju un katrā lēmuma punktā pierakstiet, ko darītu un kāpēc. Sekas pārrunāsim kopā.',
	'handout.notes': 'Manas piezīmes',
	'handout.print': 'Drukāt',
	'handout.option': 'Variants {letter}',
	'handout.decisionPoints': 'Lēmuma punkti',
	'handout.situation': 'Situācija',
} as const;
