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
	'offline.saveTitle': 'Lietošana bezsaistē',
	'offline.saveLead':
		'Pirmajā apmeklējumā šajā ierīcē saglabājas pakalpojumu katalogs ar tālruņiem; kad atverat vēl kādu lapu, fonā saglabājas arī rīki un meklēšana; nodarbības un resursu lapas saglabājas, kad tās atverat. Ja dodaties uz vietu bez interneta (piemēram, ieslodzījuma vietu), saglabājiet visu iepriekš.',
	'offline.saveButton': 'Saglabāt visu lietošanai bezsaistē ({size})',
	'offline.saveChecking': 'Pārbauda, kas jau saglabāts…',
	'offline.saveNeedsNetwork': 'Lai saglabātu visu, vajag interneta savienojumu. Mēģiniet vēlreiz, kad tas būs.',
	'offline.saveRunning': 'Saglabā: {done} no {total} failiem',
	'offline.saveDone': 'Viss saglabāts ({pages} lapas). Bez interneta tās var atvērt šajā pārlūkā.',
	'offline.saveFailed': 'Neizdevās saglabāt {n} failus. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
	'offline.saveNothing': 'Viss jau ir saglabāts šajā ierīcē.',
	'offline.saveUnsupported': 'Šis pārlūks neļauj saglabāt lapas lietošanai bezsaistē.',
	'offline.savePrivacy': 'Tiek lejupielādētas tikai šīs vietnes lapas; nekas netiek nosūtīts.',
} as const;
