export const caveatStrings = {
	'caveat.tag': 'pēc datēta avota — pārbaudiet spēkā esošo redakciju',
	'caveat.title':
		'Šis noteikums vai skaitlis ņemts no datēta avota; pirms atsaucaties uz to, pārbaudiet spēkā esošo redakciju.',
	'caveat.pageTitle': 'Jāpārbauda spēkā esošā redakcija',
	'caveat.pageLead':
		'Šeit sapulcēti visi nodarbībās citētie noteikumi, summas, termiņi un konsultāciju skaiti, kas ņemti no datētiem avotiem. Redaktoriem tie jāsalīdzina ar spēkā esošajiem normatīvajiem aktiem; lapa veidojas automātiski no atzīmēm nodarbību tekstā.',
	'caveat.count': 'Atzīmēti fakti: {n}.',
	'caveat.lesson': 'Nodarbība',
	'caveat.text': 'Fakts nodarbībā',
	'caveat.source': 'Avots',
	'caveat.note': 'Piezīme',
	'caveat.aboutLink':
		'redaktoriem: visi no datētiem avotiem citētie noteikumi, summas, termiņi un konsultāciju skaiti vienuviet.',
	'caveat.none': 'Nav atzīmētu faktu.',
} as const;
