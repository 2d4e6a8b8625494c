/** UI strings of the "site" feature (keys `site.*`). */
export const siteStrings = {
	'site.name': 'Prakses ceļvedis',
	'site.tagline': 'Mācības un rīcības atbalsts sociālajiem darbiniekiem',
	'site.skipLink': 'Pāriet uz saturu',
	'site.mainNav': 'Galvenā navigācija',
	'site.footerNav': 'Vietnes informācija',
	'site.disclaimer':
		'Vietne palīdz darbā, bet neaizstāj profesionālo vērtējumu, iestādes procedūras un spēkā esošos normatīvos aktus.',
	'site.updated': 'Saturs atjaunināts {date}',
	'site.emergency': 'Tūlītēju briesmu gadījumā zvaniet 112.',
	'site.offline':
		'Bez interneta darbojas pakalpojumu katalogs jau pēc pirmā apmeklējuma, rīki un meklēšana — kad atvērta vēl kāda lapa, un katra apskatītā lapa.',
} as const;
