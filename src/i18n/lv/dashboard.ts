/** Strings for the learner's dashboard (issue 13): the course page, the mistakes review, the printable summary, the course sidebar and the glossary jump bar. */
export const dashboardStrings = {
	'dash.start': 'Sākt kursu',
	'dash.continue': 'Turpināt: {title}',
	'dash.completeLink': 'Kurss pabeigts: skatīt kopsavilkumu',
	'dash.modules': 'Moduļi',
	'dash.moduleProgress': 'Modulis {id}: {title} (pabeigtas {done} no {total} nodarbībām)',
	'dash.moduleTitle': '{id} — {title}',
	'dash.moduleDone': 'Pabeigtas {done} no {total} nodarbībām',
	'dash.modulePreparing': 'Šī moduļa nodarbības vēl top.',
	'dash.scenariosDone': 'Pabeigti {done} no {total} scenārijiem',
	'dash.scenarioFinished': 'Pabeigts {date}; noslēgums: {ending}',
	'dash.scenarioNotPlayed': 'Vēl nav izspēlēts',
	'dash.completeTitle': 'Kurss pabeigts',
	'dash.completeLead':
		'Visas nodarbības ir atzīmētas kā pabeigtas. Šis kopsavilkums veidots no progresa, ko pats atzīmējāt šajā ierīcē.',
	'dash.colLesson': 'Nodarbība',
	'dash.colDone': 'Pabeigta',
	'dash.colScore': 'Pārbaude (pirmais mēģinājums)',
	'dash.noScore': 'nav pildīta',
	'dash.totalScore': 'Pirmo mēģinājumu rezultāts kopā: {score} no {total}',
	'dash.dates': 'Mācību laiks kalendārā: {from}–{to}',
	'dash.totalTime':
		'Kopējais mācību laiks (pēc nodarbību un pabeigto scenāriju paredzētā ilguma): {h} h {m} min',
	'dash.printLink': 'Drukājams progresa kopsavilkums',
	'dash.changedTitle': 'Zināšanu pārbaude ir mainīta',
	'dash.changedLead':
		'Šo nodarbību pārbaude ir mainīta pēc tam, kad uz to atbildējāt. Jūsu rezultāts ir saglabāts un atzīmēts kā iepriekšējās versijas rezultāts; pārbaudi varat pildīt no jauna.',
	'dash.changedMark': 'pārbaude mainīta',
	'dash.retake': 'Pildīt pārbaudi no jauna',
	'dash.earlierVersion': '{score} no {total} (iepriekšējā pārbaudes versija)',
	'dash.mistakesLink': 'Atkārtot kļūdas ({n})',
	'mistakes.title': 'Atkārtot kļūdas',
	'mistakes.lead':
		'Jautājumi no visām nodarbībām un kursiem, uz kuriem pirmajā mēģinājumā atbildējāt nepareizi. Šeit atbildes ir prakse: tās nemaina jūsu rezultātus.',
	'mistakes.none': 'Nav neviena jautājuma, uz kuru pirmajā mēģinājumā būtu atbildēts nepareizi.',
	'mistakes.count': 'Atkārtojamo jautājumu: {n}',
	'mistakes.from': 'Nodarbība',
	'mistakes.check': 'Pārbaudīt atbildi',
	'mistakes.again': 'Mēģināt vēlreiz',
	'mistakes.correct': 'Pareizi.',
	'mistakes.incorrect': 'Nav pareizi.',
	'mistakes.rightAnswer': 'Pareizā atbilde',
	'mistakes.practice': 'Prakse: rezultāts netiek mainīts.',
	'summary.title': 'Kopsavilkums drukāšanai',
	'summary.lead':
		'Vienā lapā: pabeigtās nodarbības ar datumiem, pārbaužu pirmo mēģinājumu rezultāti, pabeigtie scenāriji un satura versija, atzīmēts kā pašu atzīmēts progress. Izdrukājiet vai saglabājiet kā PDF, lai parādītu supervizoram vai mācību vadītājam. Vārdu ierakstiet tikai tad, ja vēlaties, lai tas būtu izdrukā; tas netiek saglabāts.',
	'summary.name': 'Vārds, uzvārds (nav obligāti)',
	'summary.print': 'Drukāt kopsavilkumu',
	'summary.heading': 'Prakses ceļvedis: mācību progresa kopsavilkums',
	'summary.selfReported':
		'Pašu atzīmēts progress. Kopsavilkums veidots no datiem, ko mācību dalībnieks pats atzīmējis savā pārlūkā; vietne tos nepārbauda un nekur nesūta.',
	'summary.learner': 'Dalībnieks: {name}',
	'summary.made': 'Sagatavots: {date}',
	'summary.version': 'Satura versija: {date}',
	'summary.course': '{title}: pabeigtas {done} no {total} nodarbībām',
	'summary.lessonRow': '{title}: pabeigta {date}',
	'summary.check': 'pārbaude, pirmais mēģinājums: {result}',
	'summary.scenarios': 'Pabeigtie scenāriji',
	'summary.none': 'Vēl nekā nav.',
	'sidebar.label': 'Kursa nodarbības',
	'sidebar.done': 'pabeigta',
	'glossary.jump': 'Termini pēc sākumburta',
} as const;

export type DashboardKey = keyof typeof dashboardStrings;

/** Looks up one of these strings and fills `{name}` placeholders. */
export function tDash(key: DashboardKey, vars: Record<string, string | number> = {}): string {
	return dashboardStrings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m,
	);
}
