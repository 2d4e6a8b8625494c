/** UI strings of the "nav" feature (keys `nav.*`). */
export const navStrings = {
	'nav.home': 'Sākums',
	'nav.learn': 'Mācīties',
	'nav.tools': 'Rīcība darbā',
	'nav.trainers': 'Apmācību vadītājiem',
	'nav.courses': 'Kursi',
	'nav.scenarios': 'Scenāriji',
	'nav.resources': 'Resursi',
	'nav.glossary': 'Terminoloģija',
	'nav.progress': 'Mans progress',
	'nav.about': 'Par vietni',
	'nav.breadcrumbs': 'Atrašanās vieta vietnē',
	'nav.menu': 'Izvēlne',
} as const;
