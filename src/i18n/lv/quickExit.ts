/** UI strings of the "quickExit" feature (keys `quickExit.*`). */
export const quickExitStrings = {
	'quickExit.label': 'Ātri iziet',
	'quickExit.region': 'Ātrā iziešana',
	'quickExit.help': 'Vai trīs reizes nospiediet Esc',
	'quickExit.aria': 'Ātri iziet no lapas: notīra ievadīto un atver neitrālu vietni',
	'quickExit.historyLabel': 'Vēsture',
	'quickExit.history':
		'Iepriekšējās šīs vietnes lapas paliek pārlūka vēsturē (poga „Atpakaļ”): skripts tās izdzēst nevar. Koplietošanas ierīcē vēsturi notīriet pārlūka iestatījumos.',
} as const;
