/** UI strings of the "progress" feature (keys `progress.*`). */
export const progressStrings = {
	'progress.title': 'Mans progress',
	'progress.lead':
		'Progress tiek glabāts tikai šajā pārlūkā. To var lejupielādēt failā un ielādēt citā ierīcē.',
	'progress.lessons': 'Nodarbības',
	'progress.checks': 'Zināšanu pārbaudes',
	'progress.scenarios': 'Scenāriji',
	'progress.drills': 'Vingrinājumi',
	'progress.drillResult': 'pirmajā mēģinājumā {correct} no {total} pareizi ({date})',
	'progress.none': 'Vēl nekā nav.',
	'progress.export': 'Lejupielādēt progresu (JSON)',
	'progress.import': 'Ielādēt progresu no faila',
	'progress.importOk': 'Progress ielādēts.',
	'progress.importError': 'Failu neizdevās nolasīt: tas nav šīs vietnes progresa fails.',
	'progress.reset': 'Dzēst visu progresu',
	'progress.resetConfirm': 'Dzēst visu progresu šajā ierīcē? To nevar atsaukt.',
	'progress.resetDone': 'Progress dzēsts.',
	'progress.done': 'pabeigta',
	'progress.checkResult': '{score} no {total}',
	'progress.scenarioResult': 'noslēgums: {ending}',
} as const;
