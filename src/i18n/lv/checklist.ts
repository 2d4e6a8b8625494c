/** UI strings of the checklist tools (keys `checklist.*`): the `Checklist` island and `ChecklistBlock`. */
export const checklistStrings = {
	'checklist.yes': 'Jā',
	'checklist.no': 'Nē',
	'checklist.ticked': 'atzīmēts',
	'checklist.notTicked': 'nav atzīmēts',
	'checklist.unanswered': 'nav atbildes',
	'checklist.note': 'Piezīmes',
	'checklist.noteLabel': 'Piezīmes par sadaļu „{section}”',
	'checklist.advice': 'Ieteikums',
	'checklist.outcome': 'Secinājums',
	'checklist.answered': 'Atbildēts: {done} no {total}',
	'checklist.copy': 'Kopēt kā tekstu',
	'checklist.copied': 'Nokopēts: ielīmējiet to gadījuma piezīmēs.',
	'checklist.copyFailed': 'Neizdevās nokopēt. Atlasiet tekstu drukas skatā un nokopējiet to pats.',
	'checklist.clear': 'Notīrīt atbildes',
	'checklist.cleared': 'Atbildes notīrītas.',
	'checklist.keptTab':
		'Atzīmētais paliek tikai šajā pārlūka cilnē, līdz to aizverat vai nospiežat „Ātri iziet”. Nekas netiek nosūtīts.',
	'checklist.keptNone': 'Atzīmētais netiek nekur saglabāts: pārlādējot lapu vai aizejot no tās, tas pazūd.',
	'checklist.where': 'Kur vērsties',
	'checklist.dont': 'Nedariet',
	'checklist.do': 'Dariet',
} as const;
