/** UI strings of the "check" feature (keys `check.*`). */
export const checkStrings = {
	'check.intro': 'Katram jautājumam izvēlieties vienu atbildi. Pēc atbildes pārbaudes redzēsiet skaidrojumu.',
	'check.question': '{n}. jautājums no {total}',
	'check.submit': 'Pārbaudīt atbildi',
	'check.correct': 'Pareizi.',
	'check.incorrect': 'Nav pareizi.',
	'check.score': 'Rezultāts: {score} no {total}',
	'check.retry': 'Mēģināt vēlreiz',
	'check.saved': 'Rezultāts saglabāts jūsu progresā šajā ierīcē.',
	'check.needsJs': 'Atbildes pārbaudei nepieciešams JavaScript; jautājumus var izlasīt arī bez tā.',
	'check.choose': 'Vispirms izvēlieties atbildi.',
} as const;
