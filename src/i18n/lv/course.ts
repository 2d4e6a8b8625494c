/** UI strings of the "course" feature (keys `course.*`). */
export const courseStrings = {
	'course.lessons': 'Nodarbības',
	'course.progress': 'Pabeigtas {done} no {total} nodarbībām',
	'course.minutes': '{minutes} min',
	'course.module': 'Modulis {module}',
	'course.start': 'Sākt kursu',
	'course.continue': 'Turpināt',
	'course.done': 'Pabeigta',
	'course.notStarted': 'Nav sākta',
	'course.preparing': 'Kurss tiek gatavots.',
	'course.scenariosLead': 'Izmēģiniet apgūto gadījumos: izvēlieties rīcību un skatiet, kādas ir tās sekas.',
} as const;
