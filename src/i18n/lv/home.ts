/** UI strings of the "home" feature (keys `home.*`). */
export const homeStrings = {
	'home.title': 'Prakses ceļvedis',
	'home.lead':
		'Kursi, rīcības algoritmi un prakses situācijas darbam ar vardarbībā cietušajiem, kā arī ar personām ieslodzījumā un pēc atbrīvošanas.',
	'home.learn.text': 'Kursi ar nodarbībām, zināšanu pārbaudēm un gadījumu scenārijiem.',
	'home.learn.cta': 'Uz kursiem',
	'home.tools.text': 'Rīcības algoritms, drošības plāns, termiņu aprēķins un resursi — darbam uz vietas.',
	'home.tools.cta': 'Uz rīkiem',
	'home.trainers.text': 'Scenāriji rādīšanai ar projektoru, diskusiju jautājumi un izdales materiāli.',
	'home.trainers.cta': 'Uz scenārijiem',
	'home.quickTitle': 'Bieži vajadzīgais',
	'home.quick.algorithm': 'Rīcība pēc Valsts policijas ziņojuma',
	'home.quick.plan': 'Drošības plāna sastādīšana ar klientu',
	'home.quick.deadline': 'Termiņš darba dienās',
	'home.quick.lines': 'Krīzes un atbalsta tālruņi',
	'home.quick.scenarios': 'Gadījumu scenāriji',
} as const;
