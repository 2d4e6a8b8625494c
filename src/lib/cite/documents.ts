/**
 * The documents the site's content is derived from: the five source texts (000–004, see
 * ../shared/seeds/README.md) and the public pages read for contacts and the risk checklist.
 *
 * Section ranges come from ../shared/design/inventory/ and were checked against the texts
 * (tests/unit/cite/documents.test.ts compares line counts, hashes and 003's headings whenever
 * the texts are present). Line numbers are 1-based lines of the plain-text extraction.
 */

/** A part of a source document with its line range. */
export type Section = {
	/** What a citation may name: '2.3.', 'ieteikumi', '5. pielikums'. */
	id: string;
	/** Short label in the reader's marker: "(Rokasgrāmata, 2.3.)". */
	label: string;
	/** Full Latvian title, for the source list. */
	title: string;
	from: number;
	to: number;
	/** Sub-sections, each inside [from, to]. */
	children?: Section[];
};

/** A source document of the site. */
export type SourceDoc = {
	code: SourceCode;
	/** Short name readers see in markers: "Rokasgrāmata". */
	short: string;
	/** Full title as the text gives it. */
	title: string;
	/** Publisher or author, as far as the text says; null where it names none. */
	publisher: string | null;
	/** Year of the document, if the text gives it; null otherwise. */
	year: string | null;
	/** What kind of document it is. */
	kind: string;
	/** File name of the text in the sources folder. */
	file: string;
	/** Lines in the text (the last line counts even without a final newline). */
	lines: number;
	/** sha-256 of the text, first 16 hex digits. */
	hash: string;
	sections: Section[];
};

/** An external published source, cited as [@ext:<id>]. */
export type ExternalDoc = {
	id: string;
	/** Short name in markers. */
	short: string;
	title: string;
	publisher: string | null;
	url: string;
	/** Date the page was read (YYYY-MM-DD), or null where the notes do not record it. */
	read: string | null;
};

const SOURCE_CODE_LIST = ['000', '001', '002', '003', '004'] as const;
/** A source document code such as '000'. */
export type SourceCode = (typeof SOURCE_CODE_LIST)[number];

const s = (
	id: string,
	label: string,
	title: string,
	from: number,
	to: number,
	children?: Section[],
): Section => (children ? { id, label, title, from, to, children } : { id, label, title, from, to });
/** A numbered section of the handbook: id and label are the number ('2.3.'). */
const h = (num: string, title: string, from: number, to: number, children?: Section[]): Section =>
	s(num, num, title, from, to, children);

export const SOURCE_DOCUMENTS: Record<SourceCode, SourceDoc> = {
	'000': {
		code: '000',
		short: 'Algoritms',
		title:
			'Algoritms sociālajiem darbiniekiem, lai sniegtu mērķtiecīgu atbalstu iedzīvotājiem, par kuriem saņemti policijas ziņojumi, bet personas atteikušās no sadarbības ar sociālo dienestu',
		publisher: null,
		year: null,
		kind: 'metodisks materiāls (slaidi): atteikuma iemesli, ieteikumi, drošības plāna struktūra, algoritma shēma',
		file: '000_c92172ae78949023.txt',
		lines: 343,
		hash: 'df20d98a41d2eb04',
		sections: [
			s('nosaukums', 'nosaukums', 'Nosaukums', 2, 6),
			s('iemesli', 'atteikuma iemesli', 'Izplatītākie iemesli, kāpēc cietušie atsakās no palīdzības', 10, 32),
			s('ieteikumi', 'ieteikumi', 'Ieteikumi sociālajiem darbiniekiem', 36, 99, [
				s('1. ieteikums', '1. ieteikums', 'Veidojiet uzticību', 40, 44),
				s('2. ieteikums', '2. ieteikums', 'Cieniet autonomiju', 46, 50),
				s('3. ieteikums', '3. ieteikums', 'Izglītojiet par palīdzības iespējām', 52, 60),
				s('4. ieteikums', '4. ieteikums', 'Drošības plāns', 62, 70),
				s('5. ieteikums', '5. ieteikums', 'Starpinstitūciju sadarbība', 72, 78),
				s('6. ieteikums', '6. ieteikums', 'Dokumentējiet katru mijiedarbību', 80, 84),
				s('7. ieteikums', '7. ieteikums', 'Rūpējieties par sevi', 86, 90),
				s('8. ieteikums', '8. ieteikums', 'Ziniet savas robežas', 92, 94),
				s('noslegums', 'ieteikumu noslēgums', 'Noslēguma piezīme par pacietību', 96, 99),
			]),
			s('drosibas-plans', 'drošības plāns', 'Drošības plāna paraugs', 103, 203, [
				s('plans-1', 'drošības plāns, 1. daļa', '1. Situācijas novērtējums', 118, 130),
				s('plans-2', 'drošības plāns, 2. daļa', '2. Saziņas kanāli ārkārtas situācijām', 131, 143),
				s('plans-3', 'drošības plāns, 3. daļa', '3. Drošības stratēģijas krīzes gadījumos', 144, 164),
				s('plans-4', 'drošības plāns, 4. daļa', '4. Psiholoģiskais un emocionālais atbalsts', 165, 177),
				s('plans-5', 'drošības plāns, 5. daļa', '5. Dokumentācija un pierādījumu vākšana', 178, 186),
				s('plans-6', 'drošības plāns, 6. daļa', '6. Plāns nākotnei', 187, 195),
				s('plans-7', 'drošības plāns, 7. daļa', '7. Pārskatīšana un pielāgošana', 196, 203),
			]),
			s('shema', 'algoritma shēma', 'Algoritma shēma (bloki teksta veidā un nosaukums)', 207, 329),
			s('piezimes', 'shēmas piezīmes', 'Shēmas zemsvītras piezīmes un saīsinājumi', 331, 341),
		],
	},
	'001': {
		code: '001',
		short: 'Sociālā dienesta slaidi',
		title:
			'Sociālais darbs ar vardarbībā cietušām personām: process, sadarbība, iegūtā pieredze (slaidiem nav nosaukuma)',
		publisher: 'pilsētas sociālais dienests (tekstā nepilnīgi: „Rīgas Sociālais …”)',
		year: null,
		kind: 'sociālā dienesta prezentācija (slaidi)',
		file: '001_2c8e8ed901476f3d.txt',
		lines: 200,
		hash: '0ec14cb4a81122f3',
		sections: [
			s('process', 'gadījuma vadības posmi', 'Sociālais darbs ar gadījumu: četri posmi', 1, 66, [
				s('izvertesana', 'izvērtēšana', '1. Izvērtēšana', 1, 19),
				s('planosana', 'plānošana', '2. Plānošana', 20, 36),
				s('realizesana', 'plāna realizēšana', '3. Sociālās rehabilitācijas plāna realizēšana', 37, 49),
				s('novertesana', 'dinamikas novērtēšana', '4. Dinamikas novērtēšana', 50, 66),
			]),
			s(
				'sadarbiba',
				'starpinstitucionālā sadarbība',
				'Starpinstitucionālā sadarbība un tās priekšnoteikumi',
				72,
				120,
			),
			s(
				'robezas',
				'iespējas un robežas',
				'Sociālā darbinieka iespējas, lomas un robežas; darbs ar sevi',
				121,
				149,
			),
			s('pieredze', 'iegūtā pieredze', 'Iegūtā pieredze darbā ar vardarbībā cietušām sievietēm', 150, 187),
		],
	},
	'002': {
		code: '002',
		short: 'LM slaidi',
		title: 'Vardarbībā cietušo un vardarbību veikušo pilngadīgo personu sociālās rehabilitācijas pakalpojumi',
		publisher: 'Labklājības ministrija (Elīna Dumpe, Bērnu un ģimenes politikas departaments)',
		year: null,
		kind: 'Labklājības ministrijas prezentācija (slaidi)',
		file: '002_258b3c0e0e8b6595.txt',
		lines: 171,
		hash: '4470ccdd252bb1f5',
		sections: [
			s('titullapa', 'titullapa', 'Titullapa un autore', 1, 21),
			s('pasakumi', 'pasākumi 4.3.6.x', 'Pasākumi bāriņtiesām un ģimenēm (4.3.6.x)', 22, 45),
			s('principi', 'pakalpojumu principi', 'Sociālās rehabilitācijas pakalpojumu principi', 46, 50),
			s(
				'cietusajiem',
				'pakalpojumi cietušajiem',
				'Pakalpojumi pilngadīgām vardarbībā cietušām personām',
				51,
				65,
			),
			s('krizes-dzivoklis', 'krīzes dzīvoklis', 'Krīzes dzīvoklis un kad to nepiešķir', 66, 94),
			s(
				'veicejiem',
				'pakalpojumi veicējiem',
				'Pakalpojumi pilngadīgām vardarbību veikušām personām',
				95,
				103,
			),
			s(
				'zinojums',
				'rīcība pēc policijas ziņojuma',
				'Sociālā darbinieka rīcība, saņemot policijas ziņojumu',
				104,
				112,
			),
			s('priekslikumi', 'darbnīcas un priekšlikumi', 'Reģionālās darbnīcas un priekšlikumi', 113, 154),
			s('kontakti', 'kontakti', 'Kontakti', 155, 171),
		],
	},
	'003': {
		code: '003',
		short: 'Rokasgrāmata',
		title:
			'Rokasgrāmata ieslodzījuma vietu sociālajiem darbiniekiem un pašvaldību sociālajiem darbiniekiem darbam ar personām ieslodzījumā un pēc ieslodzījuma',
		publisher:
			'Ģimenes un audžuģimenes atbalsta biedrība „DOMUS” sadarbībā ar Latvijas Universitāti; ESF projekts Nr. 9.1.2.0/16/I/001; Ieslodzījuma vietu pārvaldes īpašums',
		year: null,
		kind: 'rokasgrāmata',
		file: '003_3771e1b199bb5e6a.txt',
		lines: 14041,
		hash: '4f06b4ca3db86590',
		sections: [
			s('titullapa', 'titullapa', 'Titullapa', 1, 13),
			s('saisinajumi', 'saīsinājumi', 'Saīsinājumi', 14, 50),
			s('termini', 'terminu skaidrojums', 'Terminu skaidrojums', 51, 206),
			s('merkis', 'mērķis un aktualitāte', 'Rokasgrāmatas mērķis un aktualitāte', 207, 289),
			s('ievads', 'ievads', 'Ievads', 290, 467),
			h(
				'1.',
				'Sociālā darba raksturojums ieslodzījuma vietās un pašvaldību sociālajos dienestos',
				468,
				3892,
				[
					h('1.1.', 'Terminu lietojuma atšķirības sociālā darba teorijā un ieslodzījuma vietās', 577, 799),
					h('1.2.', 'Sociālā darbinieka kompetence un pienākumi', 800, 1355),
					h('1.3.', 'Vērtības un ētiskie principi', 1356, 1721),
					h('1.4.', 'Sociālā darba process', 1722, 2085),
					h('1.5.', 'Teoriju un metožu pielietojums', 2086, 3892),
				],
			),
			h('2.', 'Sociālā darba prakse ieslodzījuma vietās', 3893, 8223, [
				h('2.1.', 'Sociālā darba nozīme resocializācijas procesā', 4126, 4902, [
					h('2.1.1.', 'Resocializācijas procesa raksturojums', 4130, 4432),
					h('2.1.2.', 'Sociālo problēmu risināšana', 4433, 4462),
					h(
						'2.1.3.',
						'Sociālā darbinieka uzdevumi un loma resocializācijas līdzekļu nodrošināšanā',
						4463,
						4700,
					),
					h('2.1.4.', 'Sociālās uzvedības korekcijas programmas un resocializācijas programmas', 4701, 4902),
				]),
				h('2.2.', 'Ieslodzījumā esošu personu raksturojums', 4903, 5809),
				h('2.3.', 'Pieejas ieslodzījumā esošu personu konsultēšanā', 5810, 7344, [
					h('2.3.1.', 'Sievietes ieslodzījumā', 6310, 6459),
					h('2.3.2.', 'Personas ar garīgās veselības problēmām ieslodzījumā', 6460, 6656),
					h('2.3.3.', 'Personas ar atkarībām ieslodzījumā', 6657, 6756),
					h('2.3.4.', 'Seniori ieslodzījumā', 6757, 6841),
					h('2.3.5.', 'Personas ar agresīvu uzvedību ieslodzījumā', 6842, 7083),
					h('2.3.6.', 'Nepilngadīgās personas ieslodzījumā', 7084, 7344),
				]),
				h('2.4.', 'Starpinstitucionālā sadarbība', 7345, 7571),
				h('2.5.', 'Ģimenes attiecību uzturēšana', 7572, 7832),
				h('2.6.', 'Pirmsatbrīvošanas posms', 7833, 7958),
				h('2.7.', 'Ieslodzījuma vietu sociālo darbinieku resursi', 7959, 8223),
			]),
			h(
				'3.',
				'Sociālā darba prakse pašvaldību sociālajos dienestos darbā ar personām ieslodzījumā un pēc ieslodzījuma',
				8224,
				10282,
				[
					h('3.1.', 'Personu pēc ieslodzījuma raksturojums', 8749, 8916),
					h('3.2.', 'Personu pēc ieslodzījuma konsultēšana', 8917, 9110),
					h(
						'3.3.',
						'Sociālais darbs ar ģimenēm, kurās kāds atrodas ieslodzījumā vai nesen atbrīvots',
						9111,
						9481,
					),
					h('3.4.', 'Par vardarbību tiesāta persona ģimenē', 9482, 9724),
					h('3.5.', 'Pašvaldību sociālais atbalsts personām pēc ieslodzījuma', 9725, 10086),
					h(
						'3.6.',
						'Sociālais darbs ar nepilngadīgām personām, kas atbrīvotas no ieslodzījuma',
						10087,
						10282,
					),
				],
			),
			s('nobeigums', 'nobeigums', 'Nobeigums', 10283, 10335),
			s('literatura', 'literatūra', 'Izmantotā literatūra', 10336, 11014),
			s('pielikumi', 'pielikumi', 'Pielikumi', 11015, 14041, [
				s('1. pielikums', '1. pielikums', 'Ieteikumi profesionālās izdegšanas novēršanai', 11054, 11132),
				s('2. pielikums', '2. pielikums', 'Domāšanas kļūdas', 11133, 11254),
				s('3. pielikums', '3. pielikums', 'Ieslodzījuma vietu pārvaldes raksturojums', 11255, 11607),
				s(
					'4. pielikums',
					'4. pielikums',
					'Apcietināto un notiesāto personu tiesības un pienākumi',
					11608,
					12212,
				),
				s(
					'5. pielikums',
					'5. pielikums',
					'Problēmjautājumu apraksts un to iespējamie risinājumi',
					12213,
					12714,
				),
				s('6. pielikums', '6. pielikums', 'IeV sadarbība ar izglītības iestādēm', 12715, 12944),
				s(
					'7. pielikums',
					'7. pielikums',
					'Brīvības atņemšanas vietās pieejamās resocializācijas programmas',
					12945,
					13126,
				),
				s(
					'8. pielikums',
					'8. pielikums',
					'VPD īstenotās sociālās uzvedības korekcijas programmas',
					13127,
					13449,
				),
				s('9. pielikums', '9. pielikums', 'Programmas probācijas klientiem', 13450, 13686),
				s(
					'10. pielikums',
					'10. pielikums',
					'Pašvaldībās pieejamais atbalsts un sociālie pakalpojumi',
					13687,
					14041,
				),
			]),
		],
	},
	'004': {
		code: '004',
		short: 'Darbnīcas slaidi',
		title: 'Sadarbība sociālo pakalpojumu sniegšanā cilvēku tirdzniecībā cietušām personām (darbnīca)',
		publisher: 'Labklājības ministrija (Sandra Zalcmāne)',
		year: '2023',
		kind: 'darbnīcas prezentācija, 02.11.2023. (slaidi)',
		file: '004_8013bac411869306.txt',
		lines: 106,
		hash: 'c5d46919e94c48be',
		sections: [
			s('titullapa', 'titullapa', 'Titullapa un autore', 1, 25),
			s('etika', 'intervēšanas ētika', 'Intervēšanas ētiskie principi — nenodarīt ļaunu', 26, 64),
			s('atteikums', 'kāpēc atsakās', 'Kāpēc cilvēku tirdzniecības upuris atsakās no palīdzības', 68, 91),
			s('kontakti', 'projekta kontakti', 'Projekta kontakti', 92, 106),
		],
	},
};

const CONTACTS_READ = '2026-11-21';

/** External published sources: the public pages of contacts.md and the risk checklist's screening sources. */
export const EXTERNAL_DOCUMENTS: Record<string, ExternalDoc> = Object.fromEntries(
	(
		[
			// ../shared/design/contacts.md (checked 2026-11-21)
			[
				'mana-latvija-palidziba',
				'Latvija.lv',
				'Palīdzības dienesti un to pakalpojumi',
				'Latvija.lv',
				'https://mana.latvija.lv/palidzibas-dienesti-un-to-pakalpojumi/',
				CONTACTS_READ,
			],
			[
				'vugd-112',
				'VUGD',
				'Kad zvanīt uz tālruņa numuru 112',
				'Valsts ugunsdzēsības un glābšanas dienests',
				'https://www.vugd.gov.lv/lv/kad-zvanit-uz-talruna-numuru-112',
				CONTACTS_READ,
			],
			[
				'lm-klusums',
				'LM',
				'Vardarbībai patīk klusums. Neklusē!',
				'Labklājības ministrija',
				'https://www.lm.gov.lv/lv/vardarbibai-patik-klusums-nekluse',
				CONTACTS_READ,
			],
			[
				'jpa-116006',
				'JPA',
				'Atbalsta tālrunis cietušajiem 116006',
				'Juridiskās palīdzības administrācija',
				'https://www.jpa.gov.lv/lv/atbalsta-talrunis-cietusajiem-116006',
				CONTACTS_READ,
			],
			[
				'cietusajiem-2017',
				'cietusajiem.lv',
				'Atbalsta tālruņa noziegumos cietušajiem darbības rezultāti 2017. gada pusgadā',
				'cietusajiem.lv',
				'https://www.cietusajiem.lv/lv/par-mums/aktualitates/atbalsta-talruna-noziegumos-cietusajiem-darbibas-rezultati-2017-gada-pusgada/',
				CONTACTS_READ,
			],
			[
				'zz-116123',
				'zz.lv',
				'Jauns bezmaksas krīžu tālrunis 116 123',
				'zz.lv',
				'https://www.zz.lv/dzivesstils/jauns-bezmaksas-krizu-talrunis-116-123-260129',
				CONTACTS_READ,
			],
			[
				'tikaisievietem-skalbes',
				'tikaisievietem.lv',
				'Psiholoģiskā atbalsta tālrunis arī svētkos strādās 24 h diennaktī',
				'tikaisievietem.lv',
				'https://tikaisievietem.lv/2021/06/21/psihologiska-atbalsta-talrunis-ari-svetkos-stradas-24h-diennakti/',
				CONTACTS_READ,
			],
			[
				'bac-116111',
				'BAC',
				'Uzticības tālrunis 116111 sniedzis teju 6500 konsultācijas',
				'Bērnu aizsardzības centrs',
				'https://www.bac.gov.lv/lv/jaunums/uzticibas-talrunis-116111-sniedzis-teju-6500-konsultacijas',
				CONTACTS_READ,
			],
			['nra-skalbes', 'nra.lv', 'Birka „Skalbes”', 'nra.lv', 'https://nra.lv/birka/skalbes', CONTACTS_READ],
			['marta', 'Centrs MARTA', 'Centrs MARTA', 'Centrs MARTA', 'http://marta.lv/', CONTACTS_READ],
			[
				'drosa-maja',
				'Patvērums „Drošā māja”',
				'Uzticības tālrunis ir operatīvākais veids, kā iegūt informāciju no speciālistiem',
				'Patvērums „Drošā māja”',
				'https://patverums-dm.lv/lv/uzticibas-talrunis-ir-operativakais-veids-ka-iegut-informaciju-no-specialistiem/450',
				CONTACTS_READ,
			],
			// ../shared/design/RISK-CHECKLIST.md §8; the notes do not record the date each was read.
			[
				'posner-2011',
				'Posner u. c., 2011',
				'The Columbia–Suicide Severity Rating Scale: initial validity and internal consistency findings (Am J Psychiatry 168(12):1266–77)',
				'Posner K. u. c.',
				'https://pmc.ncbi.nlm.nih.gov/articles/PMC3893686',
				null,
			],
			[
				'cssrs-screening',
				'C-SSRS skrīninga versija',
				'C-SSRS Screening Version („since last contact”): definīcijas un jautājumu secība',
				null,
				'https://docest.com/doc/610945/suicide-ideation-definitions-and-prompts',
				null,
			],
			[
				'cssrs-millisecond',
				'C-SSRS rokasgrāmata',
				'C-SSRS Screener/Recent/Self-Report manual',
				'Millisecond',
				'https://www.millisecond.com/library/v7/c_ssrs/c_ssrs/c_ssrs.manual',
				null,
			],
			[
				'cssrs-ninds',
				'C-SSRS skrīnings (NINDS)',
				'C-SSRS Screener Version (recent, with triage colours, 2021)',
				'NINDS Common Data Elements',
				'https://commondataelements.ninds.nih.gov/report-viewer/137881/Columbia%20-%20Suicide%20Severity%20Rating%20Scale%20(C-SSRS)%20Screener%20Version',
				null,
			],
			[
				'cssrs-since-last-visit',
				'C-SSRS „Since Last Visit”',
				'C-SSRS „Since Last Visit” forma un vērtēšanas norādījumi',
				null,
				'https://online.documentine.com/the-most-painful-way-to-die/1/suicidal-behavior.html',
				null,
			],
			[
				'cssrs-triage',
				'Kolumbijas triāža',
				'Triage and risk identification',
				'Columbia Lighthouse Project',
				'https://cssrs.columbia.edu/the-columbia-scale-c-ssrs/triage-c-ssrs/',
				null,
			],
			[
				'cssrs-triage-guidelines',
				'C-SSRS triāžas vadlīnijas',
				'Clinical triage and workflow guidelines using the C-SSRS',
				'Columbia Lighthouse Project',
				'https://docsbay.net/doc/914678/c-ssrs-triage-guidelines',
				null,
			],
			[
				'safe-t-card',
				'SAFE-T',
				'SAFE-T pocket card (Suicide Assessment Five-step Evaluation and Triage)',
				'SAMHSA/SPRC, 2009',
				'http://www.sprc.org/resources-programs/suicide-assessment-five-step-evaluation-and-triage-safe-t-pocket-card',
				null,
			],
			[
				'safe-t-booklet',
				'SAFE-T brošūra',
				'Suicide Assessment Five-Step Evaluation and Triage (SAFE-T) booklet',
				null,
				'https://arietiform.com/application/nph-tsq.cgi/en/20/https/www.scribd.com/document/744806525/Suicide-Assessment-Five-Step-Evaluation-and-Triage-SAFE-T-Booklet',
				null,
			],
			[
				'safe-t-levels',
				'SAFE-T līmeņi',
				'Suicide risk assessment toolkit: formulating risk',
				'Portico Network',
				'https://www.porticonetwork.ca/web/opop/tools/suicide-risk-assessment-toolkit/formulating-risk',
				null,
			],
			[
				'cssrs-corrections',
				'Kolumbija: ieslodzījums',
				'The Columbia Scale in action: corrections',
				'Columbia Lighthouse Project',
				'https://cssrs.columbia.edu/the-scale-in-action/corrections/',
				null,
			],
			[
				'kariminia-2007',
				'Kariminia u. c., 2007',
				'Suicide risk among recently released prisoners in New South Wales (Med J Aust 187(7):387–390)',
				'Kariminia A. u. c.',
				'http://www.mja.com.au/public/issues/187_07_011007/kar10032_fm.html',
				null,
			],
			[
				'haglund-2014',
				'Haglund u. c., 2014',
				'Suicide after release from prison (J Clin Psychiatry 75(10):1047–53)',
				'Haglund A. u. c.',
				'https://pmc.ncbi.nlm.nih.gov/articles/PMC4520329',
				null,
			],
			[
				'siras-2018',
				'SIRAS, 2018',
				'Implementation of the SIRAS suicide-risk screening in a Berlin remand prison',
				'Frontiers in Psychiatry',
				'https://frontiersin.org/journals/psychiatry/articles/10.3389/fpsyt.2018.00665/full',
				null,
			],
			[
				'who-prisons-2007',
				'PVO un IASP, 2007',
				'Preventing suicide in jails and prisons',
				'WHO & IASP',
				'https://fdocuments.in/document/preventing-suicide-in-jails-and-prisons.html',
				null,
			],
			[
				'florida-steps-2021',
				'Florida S.T.E.P.S., 2021',
				'SAFE-T Protocol with C-SSRS Screening (Florida School Toolkit for K-12 Educators to Prevent Suicide, Tool 14b)',
				'Florida S.T.E.P.S.',
				'https://nova.edu/publications/florida-toolkit/2021/florida-school-toolkit-educators-to-prevent-suicide/86',
				null,
			],
			[
				'safe-t-cssrs-recent',
				'SAFE-T ar C-SSRS',
				'SAFE-T Protocol with C-SSRS – Recent',
				null,
				'https://scribd.com/document/609517733/SAFE-T-Protocoal-with-Columbia-Suicide-Severity-Rating-Scale',
				null,
			],
			[
				'cssrs-colour-mapping',
				'C-SSRS krāsu iedalījums',
				'Columbia Suicide Severity Rating Scale Screen (C-SSRS Screen): krāsu iedalījums pa jautājumiem (sekundārs avots)',
				'Blueprint Health',
				'https://help.blueprint-health.com/en/articles/5208202-columbia-suicide-severity-rating-scale-screen-c-ssrs-screen',
				null,
			],
			[
				'cssrs-attempt-definition',
				'C-SSRS mēģinājuma definīcija',
				'Types of suicidal behaviors: Columbia Suicide History Form definitions (sekundārs kopsavilkums)',
				null,
				'https://simpleandpractical.com/types-suicidal-behaviors',
				null,
			],
			[
				'sra-guide',
				'Suicīda riska novērtēšanas ceļvedis',
				'Suicide Risk Assessment Guide — Reference Manual',
				null,
				'https://info.5y1.org/american-institute-of-health-professionals_1_9d025e.html',
				null,
			],
		] as const
	).map(([id, short, title, publisher, url, read]) => [id, { id, short, title, publisher, url, read }]),
);

/** All document codes, for schema enums. */
export const SOURCE_CODES = SOURCE_CODE_LIST as unknown as [SourceCode, ...SourceCode[]];

/** True for '000'…'004'. */
export function isSourceCode(code: string): code is SourceCode {
	return (SOURCE_CODE_LIST as readonly string[]).includes(code);
}

/** Every section of a document, depth first, each with its depth (0 = top level). */
export function flatSections(doc: SourceDoc): { section: Section; depth: number }[] {
	const out: { section: Section; depth: number }[] = [];
	const walk = (list: Section[], depth: number) => {
		for (const section of list) {
			out.push({ section, depth });
			if (section.children) walk(section.children, depth + 1);
		}
	};
	walk(doc.sections, 0);
	return out;
}

/** The deepest section holding every line in [from, to], or undefined. */
export function sectionFor(doc: SourceDoc, from: number, to: number): Section | undefined {
	let best: { section: Section; depth: number } | undefined;
	for (const x of flatSections(doc))
		if (x.section.from <= from && to <= x.section.to && (!best || x.depth > best.depth)) best = x;
	return best?.section;
}

/** The section a citation names, by id or label (case- and dot-insensitive at the end). */
export function findSection(doc: SourceDoc, name: string): Section | undefined {
	const norm = (v: string) => v.trim().toLocaleLowerCase('lv').replace(/\.$/, '');
	const want = norm(name);
	return flatSections(doc).find((x) => norm(x.section.id) === want || norm(x.section.label) === want)
		?.section;
}
