/** The tools under /riki/, referenced by id from lesson frontmatter (`related.tools`). */
export const TOOLS = [
	{
		id: 'algoritms-policijas-zinojums',
		title: 'Rīcības algoritms pēc policijas ziņojuma',
		summary: 'Soli pa solim ar zariem, termiņu darba dienās un avota piezīmēm.',
		url: '/riki/algoritms/policijas-zinojums/',
	},
	{
		id: 'drosibas-plans',
		title: 'Drošības plāns',
		summary: 'Septiņu daļu plāns kopā ar klientu: drukāšana, nekas netiek saglabāts bez jūsu ziņas, ātrā iziešana.',
		url: '/riki/drosibas-plans/',
	},
	{
		id: 'pasnavibas-risks',
		title: 'Saruna par pašnāvības risku',
		summary: 'Jautājumu secība, līmenis ar skaidrojumu, rīcība cietumā un pašvaldībā; nekas netiek saglabāts.',
		url: '/riki/pasnavibas-risks/',
	},
	{
		id: 'gadijuma-vadiba',
		title: 'Gadījuma vadīšanas posmi',
		summary: 'Izvērtēšana, plānošana, īstenošana un novērtēšana — soļi, ko atzīmēt.',
		url: '/riki/gadijuma-vadiba/',
	},
	{
		id: 'darba-dienu-kalkulators',
		title: 'Darba dienu kalkulators',
		summary: 'Termiņš darba dienās, izlaižot nedēļas nogales un Latvijas svētku dienas.',
		url: '/riki/darba-dienas/',
	},
] as const;

/** Ids of all tools. */
export const TOOL_IDS: readonly string[] = TOOLS.map((t) => t.id);
