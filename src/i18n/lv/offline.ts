export const offlineStrings = {
	'offline.title': 'Jūs esat bezsaistē',
	'offline.lead':
		'Šī lapa nav saglabāta šajā ierīcē, un bez interneta savienojuma to nevar atvērt. Kad savienojums atjaunosies, pārlādējiet lapu.',
	'offline.available': 'Bez interneta šajā ierīcē var atvērt:',
	'offline.tools': 'Rīki',
	'offline.directory': 'Pakalpojumu katalogs',
	'offline.lessons': 'Jūsu atvērtās nodarbības',
	'offline.noLessons':
		'Neviena nodarbība vēl nav saglabāta. Nodarbības saglabājas, kad tās atverat ar internetu.',
	'offline.noCache': 'Šajā pārlūkā nav saglabātu lapu.',
	'offline.reload': 'Mēģināt vēlreiz',
} as const;
