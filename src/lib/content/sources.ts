/** The source documents the site's content is derived from (see ../shared/seeds/README.md). */
export const SOURCE_DOCUMENTS = {
	'000': {
		title:
			'Rīcības algoritms sociālajiem darbiniekiem atbalsta sniegšanai no vardarbības cietušām personām, kuras atteikušās no palīdzības',
		kind: 'Metodisks materiāls (slaidi): atteikuma iemesli, ieteikumi, drošības plāna struktūra, algoritma shēma',
		file: '000_c92172ae78949023.txt',
	},
	'001': {
		title: 'Sociālais darbs ar vardarbībā cietušām personām: process, sadarbība, iegūtā pieredze (bez nosaukuma)',
		kind: 'Pilsētas sociālā dienesta prezentācija (slaidi)',
		file: '001_2c8e8ed901476f3d.txt',
	},
	'002': {
		title:
			'Vardarbībā cietušo un vardarbību veikušo pilngadīgo personu sociālās rehabilitācijas pakalpojumi',
		kind: 'Labklājības ministrijas prezentācija (E. Dumpe, slaidi)',
		file: '002_258b3c0e0e8b6595.txt',
	},
	'003': {
		title:
			'Rokasgrāmata ieslodzījuma vietu sociālajiem darbiniekiem un pašvaldību sociālajiem darbiniekiem darbam ar personām ieslodzījumā un pēc ieslodzījuma',
		kind: 'Rokasgrāmata (ESF projekts Nr. 9.1.2.0/16/I/001; biedrība „DOMUS” ar Latvijas Universitāti; Ieslodzījuma vietu pārvaldes īpašums)',
		file: '003_3771e1b199bb5e6a.txt',
	},
	'004': {
		title: 'Intervēšanas ētiskie principi; kāpēc cilvēku tirdzniecības upuris atsakās no palīdzības',
		kind: 'Darbnīcas prezentācija (S. Zalcmāne, 02.11.2023., slaidi)',
		file: '004_8013bac411869306.txt',
	},
} as const;

/** A source document code such as '000'. */
export type SourceDocument = keyof typeof SOURCE_DOCUMENTS;

/** All document codes, for schema enums. */
export const SOURCE_CODES = Object.keys(SOURCE_DOCUMENTS) as [SourceDocument, ...SourceDocument[]];

/** Human-readable citation: "000 · Title, sadaļa …, rindas 10–32". */
export function describeSource(src: { document: SourceDocument; section?: string; lines?: string }): string {
	const doc = SOURCE_DOCUMENTS[src.document];
	return [doc.title, src.section, src.lines ? `rindas ${src.lines}` : undefined]
		.filter(Boolean)
		.join(' · ');
}
