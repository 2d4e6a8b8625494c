/**
 * Fixed vocabularies of the resource directory: kinds, target groups and regions, each with its
 * Latvian label. The schema takes its enums from here, so a typo fails the build.
 */

/** Kinds, in the order the directory shows their groups (emergency numbers first, m23). */
export const KINDS = {
	'arkartas-numurs': 'Tūlītējas briesmas: ārkārtas numuri',
	'krizes-talrunis': 'Krīzes un emocionālā atbalsta tālruņi',
	'atbalsta-organizacija': 'Atbalsta organizācijas un konsultācijas',
	'vardarbibas-veicejiem': 'Tālrunis personām, kuras varētu izturēties vardarbīgi',
	'pasvaldibas-pakalpojums': 'Pašvaldības pakalpojumi un sociālā palīdzība',
	'rehabilitacijas-centrs': 'Sociālās rehabilitācijas centri',
	'vpd-programma': 'Valsts probācijas dienesta programmas',
	'resocializacijas-programma': 'Resocializācijas programmas ieslodzījuma vietās',
	'ieslodzijuma-vieta': 'Ieslodzījuma vietu pārvalde un cietumi',
	izglitiba: 'Izglītība ieslodzījuma vietās',
	'dokumenti-un-tiesibas': 'Dokumenti, juridiskā palīdzība, parādi un palīglīdzekļi',
	iestade: 'Valsts iestādes',
	'materials-specialistiem': 'Materiāli un vietnes speciālistiem',
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as [Kind, ...Kind[]];

/** Kinds that are never shown among the victims' lines nor printed for a client. */
export const PERPETRATOR_KINDS: readonly Kind[] = ['vardarbibas-veicejiem'];
/** Kinds pinned to the top of the finder whatever the filter. */
export const EMERGENCY_KINDS: readonly Kind[] = ['arkartas-numurs'];

/** Target groups (who the entry is for). */
export const GROUPS = {
	visi: 'ikviens',
	cietusie: 'vardarbībā un noziegumos cietušie',
	krize: 'cilvēki krīzē',
	berni: 'bērni un pusaudži',
	'cilveku-tirdzniecibas-upuri': 'cilvēku tirdzniecības upuri',
	'vardarbibas-veiceji': 'personas, kas varētu izturēties vardarbīgi',
	ieslodzitie: 'ieslodzītie un apcietinātie',
	'pec-ieslodzijuma': 'personas pēc ieslodzījuma',
	'probacijas-klienti': 'probācijas klienti',
	gimenes: 'ieslodzīto ģimenes un tuvinieki',
	atkarigie: 'personas ar atkarību',
	trucigie: 'trūcīgas un maznodrošinātas personas',
	'personas-ar-invaliditati': 'personas ar invaliditāti',
	specialisti: 'speciālisti',
} as const;
export type Group = keyof typeof GROUPS;
export const GROUP_IDS = Object.keys(GROUPS) as [Group, ...Group[]];

/** Regions: the whole country, the five planning regions, and the state cities. */
export const REGIONS = {
	'visa-latvija': 'visa Latvija',
	'rigas-regions': 'Rīgas plānošanas reģions',
	'vidzemes-regions': 'Vidzemes plānošanas reģions',
	'kurzemes-regions': 'Kurzemes plānošanas reģions',
	'zemgales-regions': 'Zemgales plānošanas reģions',
	'latgales-regions': 'Latgales plānošanas reģions',
	riga: 'Rīga',
	daugavpils: 'Daugavpils',
	jelgava: 'Jelgava',
	jekabpils: 'Jēkabpils',
	jurmala: 'Jūrmala',
	liepaja: 'Liepāja',
	ogre: 'Ogre',
	rezekne: 'Rēzekne',
	valmiera: 'Valmiera',
	ventspils: 'Ventspils',
} as const;
export type Region = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as [Region, ...Region[]];
