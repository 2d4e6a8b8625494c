/** UI strings of the "tools" feature (keys `tools.*`): the /riki/ list and tool pages. */
export const toolsStrings = {
	'tools.title': 'Rīcība darbā',
	'tools.lead': 'Rīki darbam ar klientu — arī viedtālrunī, mājas vizītē vai birojā starp zvaniem.',
	'tools.resources': 'Krīzes tālruņi, pakalpojumi un iestādes ar avotu un pārbaudes datumu.',
	'tools.print': 'Drukāt vai saglabāt kā PDF',
	'tools.card': 'Drukājama kartīte',
	'tools.lessons': 'Saistītās nodarbības',
	'tools.minutes': 'apm. {minutes} min',
} as const;
