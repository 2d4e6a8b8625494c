/** UI strings of the "tools" feature (keys `tools.*`). */
export const toolsStrings = {
	'tools.title': 'Rīcība darbā',
	'tools.lead': 'Rīki darbam ar klientu — arī viedtālrunī, mājas vizītē vai birojā starp zvaniem.',
	'tools.resources': 'Krīzes tālruņi, pakalpojumi un iestādes ar avotu un pārbaudes datumu.',
} as const;
