/** UI strings of the "process" feature (keys `process.*`). */
export const processStrings = {
	'process.stages': 'Posmi',
	'process.stage': '{n}. posms',
	'process.steps': 'Soļi',
	'process.prev': 'Iepriekšējais posms',
	'process.next': 'Nākamais posms',
	'process.stepDone': 'Izdarīts',
	'process.orderNote':
		'Avotā soļi posma ietvaros ir uzskaitīti punktos, tāpēc to secība ir ieteikums, nevis prasība.',
	'process.lessonLink': 'Nodarbība: gadījuma vadīšana un starpinstitūciju sadarbība',
	'process.kept':
		'Atzīmētie soļi paliek tikai šajā pārlūka cilnē (arī pēc lapas pārlādes), līdz cilni aizverat vai nospiežat „Ātri iziet”.',
} as const;
