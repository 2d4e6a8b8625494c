/**
 * The seven parts of the safety plan from source 000 (lines 103–203), restated in our own
 * words as form fields. Every item can be left empty: the worker and client weigh whether
 * each point is needed (000, 108–110).
 */
export type PlanItem = {
	id: string;
	label: string;
	help?: string;
	/** 'text' = free text; 'checks' = tick boxes plus free text. */
	type: 'text' | 'checks';
	options?: string[];
	lines: string;
};
/** One part of the plan. */
export type PlanSection = { id: string; title: string; intro?: string; items: PlanItem[]; lines: string };

/** Where the plan's structure comes from (shown in the page's source box). */
export const SAFETY_PLAN_SOURCE = {
	document: '000',
	section: 'Drošības plāna parauga struktūra; 4. ieteikums',
	lines: '62–70, 103–203',
} as const;

export const SAFETY_PLAN: PlanSection[] = [
	{
		id: 'situacija',
		title: 'Situācijas novērtējums',
		lines: '118–129',
		items: [
			{
				id: 'vesture',
				label: 'Vardarbības vēsture un pašreizējais risks',
				help: 'Kādi vardarbības veidi ir bijuši, kādi incidenti iepriekš, kā risks izskatās tagad.',
				type: 'checks',
				options: ['seksuālā', 'fiziskā', 'emocionālā', 'ekonomiskā', 'vardarbīga kontrole', 'vajāšana'],
				lines: '119–123',
			},
			{
				id: 'izraisa',
				label: 'Kas bieži izraisa vardarbību',
				help: 'Situācijas vai apstākļi, pēc kuriem vardarbība mēdz sākties.',
				type: 'text',
				lines: '125',
			},
			{
				id: 'tikls',
				label: 'Atbalsta tīkls ģimenē un kopienā',
				help: 'Cilvēki, kas var palīdzēt emocionāli vai praktiski: ģimene, draugi, kaimiņi.',
				type: 'text',
				lines: '127–129',
			},
		],
	},
	{
		id: 'sazina',
		title: 'Saziņa ārkārtas situācijā',
		lines: '131–142',
		items: [
			{
				id: 'kontakti',
				label: 'Kam zvanīt vai pie kā doties ārkārtas situācijā',
				help: 'Uzticības personas, atbalsta centri, policija — vārds un tālrunis.',
				type: 'text',
				lines: '132–134',
			},
			{
				id: 'numuri',
				label: 'Citi svarīgi tālruņi',
				help: 'Piemēram, tuvākā krīzes centra vai uzticības personas numurs. Ārkārtas tālruņi ir norādīti zemāk.',
				type: 'text',
				lines: '136–138',
			},
			{
				id: 'organizacijas',
				label: 'Atbalsta organizācijas un pakalpojumi',
				help: 'Juridiskā palīdzība, krīzes centri, psihoemocionālais atbalsts — kur tie atrodas un kā sazināties.',
				type: 'text',
				lines: '140–142',
			},
		],
	},
	{
		id: 'strategijas',
		title: 'Rīcība krīzē mājās vai publiskā vietā',
		lines: '144–159',
		items: [
			{
				id: 'izeja',
				label: 'Izejas plāns',
				help: 'Kā pamest bīstamo vietu: izejas no mājokļa, citi ceļi.',
				type: 'text',
				lines: '145–147',
			},
			{
				id: 'berni',
				label: 'Bērnu drošība',
				help: 'Ko bērni dara, ja kļūst bīstami: kur paslēpties, kā rīkoties. Atstājiet tukšu, ja bērnu nav.',
				type: 'text',
				lines: '149–151',
			},
			{
				id: 'glabasana',
				label: 'Slepena glabāšanas vieta',
				help: 'Kur droši glabāt lietas, ko paķert, ja jāaiziet steigā.',
				type: 'checks',
				options: ['dokumenti', 'medikamenti', 'atslēgas (arī rezerves)', 'telefons', 'lādētājs', 'nauda'],
				lines: '66–68, 153–155',
			},
			{
				id: 'parvietosanas',
				label: 'Droša pārvietošanās publiskās vietās',
				help: 'Kā pārvietoties droši un ko darīt, ja kāds seko.',
				type: 'text',
				lines: '157–159',
			},
		],
	},
	{
		id: 'atbalsts',
		title: 'Psiholoģiskais un emocionālais atbalsts',
		lines: '165–176',
		items: [
			{ id: 'personas', label: 'Cilvēki, ar kuriem runāt un kuriem uzticas', type: 'text', lines: '166–168' },
			{
				id: 'pasaprupe',
				label: 'Ikdienas paņēmieni trauksmes un stresa mazināšanai',
				type: 'checks',
				options: ['elpošanas vingrinājumi', 'dienasgrāmata', 'meditācija', 'pastaigas'],
				lines: '170–172',
			},
			{
				id: 'konsultacijas',
				label: 'Konsultācijas un terapija',
				help: 'Psihologs vai cits speciālists, kas var sniegt regulāru atbalstu.',
				type: 'text',
				lines: '174–176',
			},
		],
	},
	{
		id: 'pieradijumi',
		title: 'Dokumentēšana un pierādījumi',
		lines: '178–185',
		intro: 'Pašus pierādījumus šajā rīkā neglabājiet — pierakstiet tikai, kas un kur tiek glabāts.',
		items: [
			{
				id: 'foto',
				label: 'Fotoattēli, video, ziņas telefonā',
				help: 'Ja iespējams, kas tiek saglabāts policijas izmeklēšanai.',
				type: 'text',
				lines: '179–181',
			},
			{
				id: 'vieta',
				label: 'Kur pierādījumi un dokumenti glabājas droši',
				help: 'Vieta, kurai vardarbības veicējs nevar viegli piekļūt.',
				type: 'text',
				lines: '183–185',
			},
		],
	},
	{
		id: 'nakotne',
		title: 'Plāns nākotnei',
		lines: '187–194',
		items: [
			{
				id: 'ilgtermina',
				label: 'Ilgtermiņa drošība',
				help: 'Kopā ar sociālo darbinieku plānots ceļš uz drošu dzīvi.',
				type: 'text',
				lines: '188',
			},
			{
				id: 'neatkariba',
				label: 'Finansiālā un juridiskā neatkarība',
				help: 'Resursi finansiālai stabilitātei un juridiskai drošībai.',
				type: 'text',
				lines: '190',
			},
			{
				id: 'dzivesvieta',
				label: 'Dzīvesvietas maiņa',
				help: 'Plāns, ja draudi veselībai un dzīvībai pieaug.',
				type: 'text',
				lines: '192–194',
			},
		],
	},
	{
		id: 'parskatisana',
		title: 'Pārskatīšana un papildināšana',
		lines: '196–203',
		items: [
			{
				id: 'kad',
				label: 'Kad plānu pārskatīsim',
				help: 'Plānu pārskata regulāri, jo apstākļi un riski mainās.',
				type: 'text',
				lines: '197–199',
			},
			{
				id: 'izmainas',
				label: 'Kas jāpapildina',
				help: 'Jauna informācija un jaunas stratēģijas.',
				type: 'text',
				lines: '201–203',
			},
		],
	},
];
