/** UI strings of the "deadline" feature (keys `deadline.*`). */
export const deadlineStrings = {
	'deadline.title': 'Termiņa aprēķins',
	'deadline.received': 'Ziņojuma saņemšanas datums',
	'deadline.result': 'Jāsazinās ne vēlāk kā {date}',
	'deadline.resultHelp': 'Darba dienu skaits pēc saņemšanas: {days}; termiņa diena — {weekday}.',
	'deadline.skipped': 'Izlaistas brīvdienas un svētku dienas: {list}',
	'deadline.none': 'Starp šiem datumiem nav brīvdienu vai svētku dienu.',
	'deadline.rule':
		'Aprēķina noteikums: saņemšanas dienu neskaita; skaita darba dienas, izlaižot sestdienas, svētdienas un Latvijas svētku dienas (arī pārcelto brīvdienu, ja svētku diena iekrīt nedēļas nogalē). Avots nenosaka, vai saņemšanas diena tiek skaitīta. Darba dienas, kas ar valdības rīkojumiem pārceltas uz sestdienām, netiek ņemtas vērā.',
	'deadline.invalid': 'Ievadiet derīgu datumu.',
	'deadline.outOfRange':
		'Svētku dienu kalendārs šajā vietnes versijā aptver {from}.–{to}. gadu; ārpus šī perioda svētku dienas nav ņemtas vērā.',
	'deadline.days': 'Darba dienu skaits',
	'deadline.calculate': 'Aprēķināt',
	'deadline.pageTitle': 'Darba dienu kalkulators',
	'deadline.pageLead':
		'Aprēķina termiņu darba dienās no saņemšanas datuma, izlaižot nedēļas nogales un Latvijas svētku dienas.',
	'deadline.holidayList': 'Latvijas svētku dienas {from}.–{to}. gadā',
	'deadline.holidaySource':
		'Svētku dienas (arī Lieldienas un pārceltās brīvdienas) aprēķina bibliotēka date-holidays. Valdības rīkojumos noteiktās darba dienu pārcelšanas šeit nav iekļautas — pārbaudiet tās atsevišķi.',
} as const;
