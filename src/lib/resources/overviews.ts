/**
 * Short overview pages of the directory (CONTENT-MAP R3, R6–R10), at /resursi/temas/<slug>/.
 * Each lists the entries whose `overview` names it. Intros are own-words Latvian with citations.
 */
export const OVERVIEWS = {
	r3: {
		slug: 'ieslodzijuma-vietas',
		title: 'Ieslodzījuma vietu pārvalde un cietumi',
		intro:
			'Ieslodzījuma vietu pārvalde (IeVP) ir Tieslietu ministrijas padotībā; tā izpilda apcietinājumu un brīvības atņemšanas sodu. Sociālā darba un resocializācijas jautājumos pašvaldības sociālais darbinieks var zvanīt IeVP centrālā aparāta Resocializācijas daļai vai cietuma Resocializācijas daļas priekšniekam. Tie ir kontakti speciālistiem: klientam tos nedod, un datus par ieslodzīto neizsniedz, ja nevar viennozīmīgi noteikt, kas jautā. Rokasgrāmata cietumu adreses nenorāda.',
		source: '[@003 3. pielikums, 11255–11263] [@003 3. pielikums, 11516–11607]',
	},
	r6: {
		slug: 'izglitiba-ieslodzijuma-vietas',
		title: 'Izglītība ieslodzījuma vietās',
		intro:
			'Ieslodzījuma vietas sadarbojas ar vispārizglītojošām un profesionālajām skolām, tāpēc ieslodzījumā var pabeigt skolu vai iegūt kvalifikāciju (piemēram, apdares darbu strādnieks, elektromontieris, metinātājs, šuvējs, pavāra palīgs). Zemāk katram cietumam norādītas partneru skolas un kvalifikācijas, kā tās uzskaitītas rokasgrāmatas 12. tabulā. Olaines cietums tabulā nav minēts.',
		source: '[@003 6. pielikums, 12715–12944]',
	},
	r7: {
		slug: 'resocializacijas-programmas',
		title: 'Resocializācijas programmas ieslodzījuma vietās',
		intro:
			'Ieslodzījuma vietās notiek grupu programmas motivācijai, emociju un stresa pārvaldīšanai, vardarbības un riska mazināšanai, vecāku prasmēm un sagatavošanai atbrīvošanai. Ja klients programmu pabeidzis, par to vērts jautāt: apgūto var turpināt pēc atbrīvošanas (secinājums). Programmu saraksts ir no rokasgrāmatas 13. tabulas; „R&R2” programmas tolaik vēl tikai plānoja ieviest.',
		source: '[@003 7. pielikums, 12945–13126]',
	},
	r8: {
		slug: 'vpd-programmas',
		title: 'Valsts probācijas dienesta sociālās uzvedības korekcijas programmas',
		intro:
			'Uzraugot probācijas klientus, VPD īsteno sociālās uzvedības korekcijas programmas (grupu nodarbības ar diviem vadītājiem) un sociālās rehabilitācijas programmas. Visu kopīgais mērķis ir mainīt klienta domāšanu, attieksmi un rīcību; katrai programmai ir arī savs mērķis un mērķgrupa. Divas programmas paredzētas dzimumnoziegumus izdarījušām personām: vienu īsteno VPD, otru ieslodzījuma vietās.',
		source: '[@003 8. pielikums, 13131–13175]',
	},
	r9: {
		slug: 'programmas-probacijas-klientiem',
		title: 'Programmas probācijas klientiem un rehabilitācija pēc atbrīvošanas',
		intro:
			'Probācijas programmas palīdz klientam pēc ilga ieslodzījuma apgūt ikdienā vajadzīgās prasmes un mazina sociālās atstumtības risku. Tās notiek grupā vai individuāli pēc dzīvesvietas. Klientiem, kuriem pēc atbrīvošanas vajag kur dzīvot, VPD ar līgumu piedāvā sociālās rehabilitācijas pakalpojumu ar izmitināšanu; zemāk arī centri, kas to sniedz. Sīkāka informācija VPD vietnē: https://www.vpd.gov.lv/lv/valsts-probacijas-dienesta-funkcijas.',
		source: '[@003 9. pielikums, 13454–13470] [@003 9. pielikums, 13632–13686]',
	},
	r10: {
		slug: 'pasvaldibu-atbalsts',
		title: 'Pašvaldību atbalsts pēc ieslodzījuma',
		intro:
			'Cilvēks pēc atbrīvošanas vēršas savas pašvaldības sociālajā dienestā. Mēneša laikā viņš var pieprasīt pabalstu pamatvajadzībām; tāpat kā citiem iedzīvotājiem viņam ir tiesības uz GMI, mājokļa un citiem pabalstiem. Naktspatversmē, patversmē un krīzes centrā var vērsties tieši. Pārtikas pakas un zupas virtuves, mājokļa palīdzība un valsts finansēta sociālā rehabilitācija papildina šo atbalstu. Pabalstu apmērus nosaka katra pašvaldība, tāpēc pārbaudiet aktuālos saistošos noteikumus.',
		source: '[@003 10. pielikums, 13697–14041]',
	},
} as const;
export type OverviewId = keyof typeof OVERVIEWS;
export const OVERVIEW_IDS = Object.keys(OVERVIEWS) as [OverviewId, ...OverviewId[]];
