/** UI strings of the "lesson" feature (keys `lesson.*`). */
export const lessonStrings = {
	'lesson.objectives': 'Ko jūs apgūsiet',
	'lesson.source': 'Avots',
	'lesson.sourceLines': 'rindas {lines}',
	'lesson.sourceNote':
		'Nodarbība pārstāsta avotu saviem vārdiem; fakti, skaitļi un termiņi ir pārņemti precīzi.',
	'lesson.check': 'Zināšanu pārbaude',
	'lesson.prev': 'Iepriekšējā nodarbība',
	'lesson.next': 'Nākamā nodarbība',
	'lesson.related': 'Saistītie materiāli',
	'lesson.markDone': 'Atzīmēt kā pabeigtu',
	'lesson.markedDone': 'Nodarbība atzīmēta kā pabeigta',
	'lesson.unmark': 'Noņemt atzīmi',
	'lesson.minutes': 'Apmēram {minutes} min',
	'lesson.onThisPage': 'Šajā lapā',
	'lesson.situation': 'Prakses situācija',
} as const;
