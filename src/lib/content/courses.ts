/** Courses and their modules. Lessons name their course and module in frontmatter. */
export const COURSES = {
	vardarbiba: {
		title: 'Vardarbībā cietušie, kuri atsakās no palīdzības',
		summary:
			'Kāpēc cietušie atsakās no palīdzības, kā rīkoties pēc policijas ziņojuma, drošības plāns, gadījuma vadīšana, pakalpojumi un intervēšanas ētika.',
		modules: { A: 'Darbs ar cietušajiem pēc policijas ziņojuma' } as Record<string, string>,
	},
	ieslodzijums: {
		title: 'Sociālais darbs ar personām ieslodzījumā un pēc atbrīvošanas',
		summary: 'Sociālā darba prakse ieslodzījuma vietās un pašvaldībās pēc rokasgrāmatas (003).',
		modules: {
			B0: 'Ievads',
			B1: 'Sociālā darba raksturojums',
			B2: 'Prakse ieslodzījuma vietās',
			B3: 'Prakse pašvaldību sociālajos dienestos',
		} as Record<string, string>,
	},
} as const;

/** A course id. */
export type CourseId = keyof typeof COURSES;
