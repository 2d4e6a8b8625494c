/** UI strings of the "quickExit" feature (keys `quickExit.*`). */
export const quickExitStrings = {
	'quickExit.label': 'Ātri iziet',
	'quickExit.region': 'Ātrā iziešana',
	'quickExit.help': 'Vai trīs reizes nospiediet Esc',
	'quickExit.aria': 'Ātri iziet no lapas: notīra ievadīto un atver neitrālu vietni',
} as const;
