/**
 * Public pages from ../shared/design/contacts.md that directory entries cite as `[@ext:<id>]`.
 * Each was checked by a person on the date given. (To be merged into src/lib/cite/documents.ts.)
 */
export const EXT_SOURCES = {
	'mana-latvija-palidziba': {
		title: 'Latvija.gov.lv: palīdzības dienesti un to pakalpojumi',
		url: 'https://mana.latvija.lv/palidzibas-dienesti-un-to-pakalpojumi/',
		checked: '2026-11-21',
	},
	'vugd-112': {
		title: 'VUGD: kad zvanīt uz tālruņa numuru 112',
		url: 'https://www.vugd.gov.lv/lv/kad-zvanit-uz-talruna-numuru-112',
		checked: '2026-11-21',
	},
	'lm-klusums': {
		title: 'Labklājības ministrija: „Vardarbībai patīk klusums. Neklusē!”',
		url: 'https://www.lm.gov.lv/lv/vardarbibai-patik-klusums-nekluse',
		checked: '2026-11-21',
	},
	'jpa-116006': {
		title: 'Juridiskās palīdzības administrācija: atbalsta tālrunis cietušajiem 116006',
		url: 'https://www.jpa.gov.lv/lv/atbalsta-talrunis-cietusajiem-116006',
		checked: '2026-11-21',
	},
	'cietusajiem-2017': {
		title: 'Cietusajiem.lv: atbalsta tālruņa darbības rezultāti 2017. gada pusgadā',
		url: 'https://www.cietusajiem.lv/lv/par-mums/aktualitates/atbalsta-talruna-noziegumos-cietusajiem-darbibas-rezultati-2017-gada-pusgada/',
		checked: '2026-11-21',
	},
	'zz-116123': {
		title: 'ZZ.lv: jauns bezmaksas krīžu tālrunis 116 123',
		url: 'https://www.zz.lv/dzivesstils/jauns-bezmaksas-krizu-talrunis-116-123-260129',
		checked: '2026-11-21',
	},
	'tikaisievietem-skalbes': {
		title: 'Tikaisievietem.lv: psiholoģiskā atbalsta tālrunis arī svētkos strādās 24 h diennaktī',
		url: 'https://tikaisievietem.lv/2021/06/21/psihologiska-atbalsta-talrunis-ari-svetkos-stradas-24h-diennakti/',
		checked: '2026-11-21',
	},
	'bac-116111': {
		title: 'Bērnu aizsardzības centrs: uzticības tālrunis 116111',
		url: 'https://www.bac.gov.lv/lv/jaunums/uzticibas-talrunis-116111-sniedzis-teju-6500-konsultacijas',
		checked: '2026-11-21',
	},
	'nra-skalbes': {
		title: 'NRA.lv: raksti par „Skalbēm”',
		url: 'https://nra.lv/birka/skalbes',
		checked: '2026-11-21',
	},
	marta: { title: 'Centrs MARTA (vietnes galvene, 2017)', url: 'http://marta.lv/', checked: '2026-11-21' },
	'drosa-maja': {
		title: 'Patvērums „Drošā māja”: uzticības tālrunis',
		url: 'https://patverums-dm.lv/lv/uzticibas-talrunis-ir-operativakais-veids-ka-iegut-informaciju-no-specialistiem/450',
		checked: '2026-11-21',
	},
} as const;
export type ExtSourceId = keyof typeof EXT_SOURCES;
