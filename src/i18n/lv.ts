/**
 * The one Latvian UI dictionary. Keys are flat and dotted, grouped by component.
 * Content (lessons, scenarios, algorithms) comes from `content/`, never from here.
 */
export const lv = {
	// Site
	'site.name': 'Prakses ceļvedis',
	'site.tagline': 'Mācības un rīcības atbalsts sociālajiem darbiniekiem',
	'site.skipLink': 'Pāriet uz saturu',
	'site.mainNav': 'Galvenā navigācija',
	'site.footerNav': 'Vietnes informācija',
	'site.disclaimer':
		'Vietne palīdz darbā, bet neaizstāj profesionālo vērtējumu, iestādes procedūras un spēkā esošos normatīvos aktus.',
	'site.updated': 'Saturs atjaunināts {date}',
	'site.emergency': 'Tūlītēju briesmu gadījumā zvaniet 112.',
	'site.offline': 'Pēc pirmā apmeklējuma rīki, resursi un jau apskatītās lapas darbojas arī bez interneta.',

	// Navigation
	'nav.home': 'Sākums',
	'nav.learn': 'Mācīties',
	'nav.tools': 'Rīcība darbā',
	'nav.trainers': 'Apmācību vadītājiem',
	'nav.courses': 'Kursi',
	'nav.scenarios': 'Scenāriji',
	'nav.resources': 'Resursi',
	'nav.glossary': 'Terminoloģija',
	'nav.progress': 'Mans progress',
	'nav.about': 'Par vietni',
	'nav.breadcrumbs': 'Atrašanās vieta vietnē',
	'nav.menu': 'Izvēlne',

	// Home
	'home.title': 'Prakses ceļvedis',
	'home.lead':
		'Kursi, rīcības algoritmi un prakses situācijas darbam ar vardarbībā cietušajiem, kā arī ar personām ieslodzījumā un pēc atbrīvošanas.',
	'home.learn.text': 'Kursi ar nodarbībām, zināšanu pārbaudēm un gadījumu scenārijiem.',
	'home.learn.cta': 'Uz kursiem',
	'home.tools.text': 'Rīcības algoritms, drošības plāns, termiņu aprēķins un resursi — darbam uz vietas.',
	'home.tools.cta': 'Uz rīkiem',
	'home.trainers.text': 'Scenāriji rādīšanai ar projektoru, diskusiju jautājumi un izdales materiāli.',
	'home.trainers.cta': 'Uz scenārijiem',
	'home.quickTitle': 'Bieži vajadzīgais',
	'home.quick.algorithm': 'Rīcība pēc Valsts policijas ziņojuma',
	'home.quick.plan': 'Drošības plāna sastādīšana ar klientu',
	'home.quick.deadline': 'Termiņš darba dienās',
	'home.quick.lines': 'Krīzes un atbalsta tālruņi',
	'home.quick.scenarios': 'Gadījumu scenāriji',

	// Search
	'search.open': 'Meklēt',
	'search.shortcut': 'Lai meklētu, nospiediet /',
	'search.label': 'Meklēt vietnē',
	'search.placeholder': 'Piem., pašnāvības risks, krīzes dzīvoklis',
	'search.close': 'Aizvērt meklēšanu',
	'search.loading': 'Ielādē meklēšanas indeksu…',
	'search.loadError': 'Meklēšanas indeksu neizdevās ielādēt. Mēģiniet vēlreiz.',
	'search.noResults': 'Nekas netika atrasts. Pamēģiniet citu vārdu vai saīsinājumu.',
	'search.results': '{count} rezultāti',
	'search.resultsOne': '{count} rezultāts',
	'search.resultsZero': '{count} rezultātu',
	'search.allResults': 'Visi rezultāti',
	'search.pageTitle': 'Meklēšana',
	'search.submit': 'Meklēt',
	'search.hint':
		'Var rakstīt bez garumzīmēm un mīkstinājuma zīmēm: meklējot „pasnavibas risks”, atradīsiet „pašnāvības risks”.',
	'search.kind.lesson': 'Nodarbība',
	'search.kind.glossary': 'Termins',
	'search.kind.tool': 'Rīks',
	'search.kind.resource': 'Resurss',
	'search.kind.scenario': 'Scenārijs',
	'search.noscript': 'Meklēšanai nepieciešams JavaScript. Izmantojiet kursu un rīku sarakstus.',

	// Courses and lessons
	'course.lessons': 'Nodarbības',
	'course.progress': 'Pabeigtas {done} no {total} nodarbībām',
	'course.minutes': '{minutes} min',
	'course.module': 'Modulis {module}',
	'course.start': 'Sākt kursu',
	'course.continue': 'Turpināt',
	'course.done': 'Pabeigta',
	'course.notStarted': 'Nav sākta',
	'lesson.objectives': 'Ko jūs apgūsiet',
	'lesson.source': 'Avots',
	'lesson.sourceLines': 'rindas {lines}',
	'lesson.sourceNote':
		'Nodarbība pārstāsta avotu saviem vārdiem; fakti, skaitļi un termiņi ir pārņemti precīzi.',
	'lesson.check': 'Zināšanu pārbaude',
	'lesson.prev': 'Iepriekšējā nodarbība',
	'lesson.next': 'Nākamā nodarbība',
	'lesson.related': 'Saistītie materiāli',
	'lesson.markDone': 'Atzīmēt kā pabeigtu',
	'lesson.markedDone': 'Nodarbība atzīmēta kā pabeigta',
	'lesson.unmark': 'Noņemt atzīmi',
	'lesson.minutes': 'Apmēram {minutes} min',
	'lesson.onThisPage': 'Šajā lapā',
	'lesson.situation': 'Prakses situācija',

	// Knowledge check
	'check.intro': 'Katram jautājumam izvēlieties vienu atbildi. Pēc atbildes pārbaudes redzēsiet skaidrojumu.',
	'check.question': '{n}. jautājums no {total}',
	'check.submit': 'Pārbaudīt atbildi',
	'check.correct': 'Pareizi.',
	'check.incorrect': 'Nav pareizi.',
	'check.score': 'Rezultāts: {score} no {total}',
	'check.retry': 'Mēģināt vēlreiz',
	'check.saved': 'Rezultāts saglabāts jūsu progresā šajā ierīcē.',
	'check.needsJs': 'Atbildes pārbaudei nepieciešams JavaScript; jautājumus var izlasīt arī bez tā.',
	'check.choose': 'Vispirms izvēlieties atbildi.',

	// Lesson content
	'content.table': 'Tabula (šaurā ekrānā to var ritināt uz sāniem)',

	// Callouts
	'callout.info': 'Svarīgi',
	'callout.warning': 'Uzmanību',
	'callout.gap': 'Avotā nav norādīts',

	// Algorithm navigator
	'algo.diagram': 'Diagramma',
	'algo.diagramAlt': 'Algoritma diagramma. Tā pati informācija teksta veidā ir zemāk sadaļā „Soļi tekstā”.',
	'algo.outline': 'Soļi tekstā',
	'algo.stepThrough': 'Soli pa solim',
	'algo.current': 'Pašreizējais solis',
	'algo.choose': 'Kas notiek tālāk?',
	'algo.continue': 'Tālāk',
	'algo.back': 'Atpakaļ',
	'algo.restart': 'Sākt no sākuma',
	'algo.path': 'Jūsu ceļš',
	'algo.pathEmpty': 'Jūs esat algoritma sākumā.',
	'algo.end': 'Šis zars beidzas šeit.',
	'algo.uncertain': 'Secība rekonstruēta pēc teksta',
	'algo.uncertainHelp':
		'Avota shēmas bultas teksta versijā nav saglabājušās; šī pāreja ir izvēlēta pēc teksta jēgas.',
	'algo.footnotes': 'Piezīmes',
	'algo.goTo': 'Uz',
	'algo.branches': 'Zari',
	'algo.type.start': 'Sākums',
	'algo.type.action': 'Darbība',
	'algo.type.decision': 'Jautājums',
	'algo.type.outcome': 'Iznākums',
	'algo.type.note': 'Piezīme',

	// Deadlines
	'deadline.title': 'Termiņa aprēķins',
	'deadline.received': 'Ziņojuma saņemšanas datums',
	'deadline.result': 'Jāsazinās ne vēlāk kā {date}',
	'deadline.resultHelp': 'Darba dienu skaits pēc saņemšanas: {days}; termiņa diena — {weekday}.',
	'deadline.skipped': 'Izlaistas brīvdienas un svētku dienas: {list}',
	'deadline.none': 'Starp šiem datumiem nav brīvdienu vai svētku dienu.',
	'deadline.rule':
		'Aprēķina noteikums: saņemšanas dienu neskaita; skaita darba dienas, izlaižot sestdienas, svētdienas un Latvijas svētku dienas (arī pārcelto brīvdienu, ja svētku diena iekrīt nedēļas nogalē). Avots nenosaka, vai saņemšanas diena tiek skaitīta. Darba dienas, kas ar valdības rīkojumiem pārceltas uz sestdienām, netiek ņemtas vērā.',
	'deadline.invalid': 'Ievadiet derīgu datumu.',
	'deadline.outOfRange':
		'Svētku dienu kalendārs šajā vietnes versijā aptver {from}.–{to}. gadu; ārpus šī perioda svētku dienas nav ņemtas vērā.',
	'deadline.days': 'Darba dienu skaits',
	'deadline.calculate': 'Aprēķināt',
	'deadline.pageTitle': 'Darba dienu kalkulators',
	'deadline.pageLead':
		'Aprēķina termiņu darba dienās no saņemšanas datuma, izlaižot nedēļas nogales un Latvijas svētku dienas.',

	// Case process stepper
	'process.stages': 'Posmi',
	'process.stage': '{n}. posms',
	'process.steps': 'Soļi',
	'process.prev': 'Iepriekšējais posms',
	'process.next': 'Nākamais posms',
	'process.stepDone': 'Izdarīts',
	'process.orderNote':
		'Avotā soļi posma ietvaros ir uzskaitīti punktos, tāpēc to secība ir ieteikums, nevis prasība.',

	// Safety plan
	'plan.title': 'Drošības plāns',
	'plan.lead':
		'Aizpildiet kopā ar klientu. Izvērtējiet katru punktu — ja tas neattiecas uz situāciju, atstājiet to tukšu.',
	'plan.privacy':
		'Ievadītais paliek tikai šajā pārlūka cilnē. Nekas netiek nosūtīts, un plāns tiek saglabāts tikai tad, ja jūs to izvēlaties.',
	'plan.section': '{n}. daļa',
	'plan.sections': 'Plāna daļas',
	'plan.prev': 'Iepriekšējā daļa',
	'plan.next': 'Nākamā daļa',
	'plan.print': 'Drukāt vai saglabāt kā PDF',
	'plan.save': 'Saglabāt šajā ierīcē',
	'plan.saveWarningTitle': 'Pirms saglabājat šajā ierīcē',
	'plan.saveWarning':
		'Plāns tiks saglabāts šī pārlūka atmiņā. Ikviens, kas izmanto šo ierīci, to varēs atvērt. Ja klients joprojām dzīvo kopā ar vardarbīgo personu, izvērtējiet, vai šī persona plānu neatradīs un vai tas neizraisīs vardarbības epizodi. Koplietošanas ierīcē plānu nesaglabājiet.',
	'plan.saveConfirm': 'Saprotu, saglabāt',
	'plan.cancel': 'Atcelt',
	'plan.saved': 'Plāns saglabāts šajā ierīcē {date}',
	'plan.savedExists': 'Šajā ierīcē ir saglabāts plāns ({date}).',
	'plan.load': 'Atvērt saglabāto plānu',
	'plan.deleteSaved': 'Dzēst saglabāto plānu',
	'plan.clear': 'Notīrīt visu',
	'plan.clearConfirm': 'Notīrīt visus laukus un dzēst arī šajā ierīcē saglabāto plānu?',
	'plan.cleared': 'Visi lauki notīrīti.',
	'plan.created': 'Plāns sastādīts',
	'plan.review': 'Nākamā pārskatīšana',
	'plan.twoCopies':
		'Plānu ieteicams sagatavot divos eksemplāros — vienu glabā sociālais darbinieks, otru klients. Ja klients joprojām ir vardarbīgās attiecībās, vispirms izvērtējiet, vai vardarbīgā persona plānu neatradīs.',
	'plan.noName': 'Vārdu ierakstiet tikai tad, ja tas ir droši: izdrukā tas būs redzams.',
	'plan.nameLabel': 'Klienta vārds (nav obligāts)',
	'plan.other': 'Citi varianti un piezīmes',
	'plan.empty': '—',
	'plan.addRow': 'Pievienot rindu',
	'plan.removeRow': 'Noņemt {n}. rindu',
	'plan.emergency': 'Ārkārtas tālruņi',

	// Quick exit
	'quickExit.label': 'Ātri iziet',
	'quickExit.region': 'Ātrā iziešana',
	'quickExit.help': 'Vai trīs reizes nospiediet Esc',
	'quickExit.aria': 'Ātri iziet no lapas: notīra ievadīto un atver neitrālu vietni',

	// Progress
	'progress.title': 'Mans progress',
	'progress.lead':
		'Progress tiek glabāts tikai šajā pārlūkā. To var lejupielādēt failā un ielādēt citā ierīcē.',
	'progress.lessons': 'Nodarbības',
	'progress.checks': 'Zināšanu pārbaudes',
	'progress.scenarios': 'Scenāriji',
	'progress.none': 'Vēl nekā nav.',
	'progress.export': 'Lejupielādēt progresu (JSON)',
	'progress.import': 'Ielādēt progresu no faila',
	'progress.importOk': 'Progress ielādēts.',
	'progress.importError': 'Failu neizdevās nolasīt: tas nav šīs vietnes progresa fails.',
	'progress.reset': 'Dzēst visu progresu',
	'progress.resetConfirm': 'Dzēst visu progresu šajā ierīcē? To nevar atsaukt.',
	'progress.resetDone': 'Progress dzēsts.',
	'progress.done': 'pabeigta',
	'progress.checkResult': '{score} no {total}',
	'progress.scenarioResult': 'noslēgums: {ending}',

	// Scenarios
	'scenario.listTitle': 'Gadījumu scenāriji',
	'scenario.listLead':
		'Izvēlieties, ko darītu jūs, un skatiet, kādas ir sekas. Scenāriji ir izdomāti, bet katrs vērtējums ir pamatots avotā.',
	'scenario.filters': 'Scenāriju atlase',
	'scenario.filterCourse': 'Kurss',
	'scenario.filterTopic': 'Tēma',
	'scenario.filterLength': 'Ilgums',
	'scenario.all': 'Visi',
	'scenario.lengthShort': 'līdz 15 min',
	'scenario.lengthMedium': '16–30 min',
	'scenario.lengthLong': 'vairāk nekā 30 min',
	'scenario.shown': 'Rādīti {count} no {total}',
	'scenario.none': 'Neviens scenārijs neatbilst atlasei.',
	'scenario.goals': 'Mācību mērķi',
	'scenario.minutes': 'apm. {minutes} min',
	'scenario.play': 'Sākt scenāriju',
	'scenario.facilitator': 'Vadītāja režīms',
	'scenario.handout': 'Izdales materiāls',
	'scenario.answers': 'Atbilžu lapa',
	'scenario.whatDoYouDo': 'Ko jūs darītu?',
	'scenario.feedback': 'Jūsu izvēles sekas',
	'scenario.back': 'Atsaukt pēdējo izvēli',
	'scenario.restart': 'Sākt no jauna',
	'scenario.resumed': 'Turpināts no vietas, kur palikāt. Gaita tiek saglabāta tikai šajā pārlūkā.',
	'scenario.forget': 'Dzēst saglabāto gaitu',
	'scenario.forgotten': 'Saglabātā gaita dzēsta.',
	'scenario.step': '{n}. lēmums',
	'scenario.quality.recommended': 'Ieteicama rīcība',
	'scenario.quality.acceptable': 'Pieņemama, bet ne labākā',
	'scenario.quality.harmful': 'Kaitīga rīcība',
	'scenario.outcome.good': 'Labs iznākums',
	'scenario.outcome.mixed': 'Daļēji labs iznākums',
	'scenario.outcome.poor': 'Slikts iznākums',
	'scenario.ending': 'Noslēgums',
	'scenario.debrief': 'Izvērtējums',
	'scenario.yourPath': 'Jūsu ceļš',
	'scenario.yourChoice': 'Jūsu izvēle',
	'scenario.recommended': 'Ieteicamā rīcība',
	'scenario.sameAsRecommended': 'Jūs izvēlējāties ieteicamo rīcību.',
	'scenario.why': 'Kāpēc',
	'scenario.source': 'Avots',
	'scenario.decision': 'Situācija',
	'scenario.score': 'Ieteicamas izvēles: {recommended}, pieņemamas: {acceptable}, kaitīgas: {harmful}.',
	'scenario.learnMore': 'Ko atkārtot',
	'scenario.printPath': 'Drukāt ceļu',
	'scenario.practises': 'Nodarbības, ko scenārijs palīdz nostiprināt',
	'scenario.needsJs':
		'Scenārija spēlēšanai nepieciešams JavaScript. Situācijas var izlasīt izdales materiālā.',
	'scenario.staleRun':
		'Scenārijs ir mainīts kopš pēdējās reizes, kad to spēlējāt, tāpēc tas sākas no sākuma.',
	'scenario.sourceNote':
		'Scenārijs ir izdomāts; katras izvēles vērtējums ir pamatots norādītajā avota vietā.',
	'facilitator.title': 'Vadītāja režīms',
	'facilitator.lead':
		'Rādiet ar projektoru. Grupa balso, jūs saskaitāt balsis, kopā pārrunājat izvēli un tad atklājat sekas.',
	'facilitator.options': 'Rīcības varianti',
	'facilitator.votes': 'Balsis: {count}',
	'facilitator.add': 'Pievienot balsi variantam {letter}',
	'facilitator.remove': 'Noņemt balsi variantam {letter}',
	'facilitator.reveal': 'Atklāt sekas',
	'facilitator.hide': 'Paslēpt sekas',
	'facilitator.follow': 'Turpināt ar {letter}',
	'facilitator.followTop': 'Turpināt ar vairākuma izvēli',
	'facilitator.back': 'Atpakaļ',
	'facilitator.restart': 'No sākuma',
	'facilitator.fullscreen': 'Pilnekrāns',
	'facilitator.record': 'Lejupielādēt sesijas pierakstu',
	'facilitator.openProjector': 'Atvērt projektora logu',
	'facilitator.projectorHelp':
		'Projektora logā grupa redz tikai situāciju, variantus, balsis un — pēc atklāšanas — sekas; piezīmes un vadības pogas paliek jūsu ekrānā. Abi logi jāatver vienā un tajā pašā pārlūkā.',
	'projector.title': 'Projektora skats',
	'projector.waiting': 'Gaida vadītāja logu: atveriet vadītāja režīmu šajā pašā pārlūkā.',
	'facilitator.recordTitle': 'Sesijas pieraksts',
	'facilitator.recordFollowed': 'grupa izvēlējās',
	'facilitator.notes': 'Vadītāja piezīmes',
	'facilitator.side': 'Diskusija, piezīmes un karte',
	'facilitator.prompts': 'Jautājumi diskusijai',
	'facilitator.map': 'Scenārija karte',
	'facilitator.mapOpen': 'Palielināt karti',
	'facilitator.timer': 'Diskusijas laiks',
	'facilitator.timerStart': 'Sākt laiku',
	'facilitator.timerPause': 'Apturēt laiku',
	'facilitator.mapClose': 'Aizvērt karti',
	'facilitator.mapDesc':
		'Visi scenārija mezgli un pārejas; pašreizējais mezgls ir izcelts ar biezu rāmi, jau apmeklētie — ar zaļu.',
	'facilitator.shortcuts':
		'Taustiņi: 1–9 pievieno balsi, Shift+1–9 to noņem, R atklāj sekas, N turpina ar vairākuma izvēli, B iet atpakaļ, K atver lielo karti, T sāk vai aptur diskusijas laiku.',
	'facilitator.leadsTo': 'Ved uz: {title}',
	'facilitator.ended': 'Scenārijs beidzies.',
	'handout.title': 'Izdales materiāls',
	'handout.intro':
		'Izlasiet situāciju un katrā lēmuma punktā pierakstiet, ko darītu un kāpēc. Sekas pārrunāsim kopā.',
	'handout.notes': 'Manas piezīmes',
	'handout.print': 'Drukāt',
	'handout.option': 'Variants {letter}',
	'handout.decisionPoints': 'Lēmuma punkti',
	'handout.situation': 'Situācija',
	'answers.title': 'Atbilžu lapa vadītājam',
	'answers.intro':
		'Katra lēmuma punkta varianti ar vērtējumu, sekām un avotu. Punktu numuri un variantu burti ir tie paši, kas izdales materiālā un projektorā. Nedaliet šo lapu dalībniekiem, kamēr grupa nav pati izspriedusi.',
	'answers.point': '{number}. punkts',
	'answers.leadsToPoint': 'Ved uz {number}. punktu: {title}',
	'answers.leadsToEnding': 'Ved uz beigām: {title}',
	'answers.endings': 'Iespējamās beigas',
	'answers.lessons': 'Saistītās nodarbības',
	'answers.print': 'Drukāt atbilžu lapu',

	// Pages
	'tools.title': 'Rīcība darbā',
	'tools.lead': 'Rīki darbam ar klientu — arī viedtālrunī, mājas vizītē vai birojā starp zvaniem.',
	'about.title': 'Par vietni',
	'glossary.title': 'Terminoloģija un saīsinājumi',
	'resources.title': 'Resursi un kontakti',
	'resources.source': 'Avots',
	'resources.checked': 'Pārbaudīts {date}',
	'resources.phones': 'Tālruņi',
	'resources.caveat': 'Piezīme',
	'resources.web': 'Tīmekļa vietne',
	'resources.email': 'E-pasts',
	'resources.region': 'Darbības teritorija',
	'resources.for': 'Kam paredzēts',
	'notFound.title': 'Lapa nav atrasta',
	'notFound.text': 'Šādas lapas nav. Iespējams, saite ir novecojusi.',
	'notFound.home': 'Uz sākumlapu',
	'trainers.title': 'Apmācību vadītājiem',
	'trainers.lead': 'Scenāriji grupu darbam, diskusiju jautājumi un izdales materiāli.',
	'course.preparing': 'Kurss tiek gatavots.',
	'course.scenariosLead': 'Izmēģiniet apgūto gadījumos: izvēlieties rīcību un skatiet, kādas ir tās sekas.',
	'tools.resources': 'Krīzes tālruņi, pakalpojumi un iestādes ar avotu un pārbaudes datumu.',
	'algo.sourceNote': 'Soļi pārstāstīti saviem vārdiem; termiņi, nosaukumi un atsauces pārņemti precīzi.',
	'process.lessonLink': 'Nodarbība: gadījuma vadīšana un starpinstitūciju sadarbība',
	'plan.lessonLink': 'Nodarbība: kā sastādīt drošības plānu kopā ar klientu',
	'deadline.holidayList': 'Latvijas svētku dienas {from}.–{to}. gadā',
	'deadline.holidaySource':
		'Svētku dienas (arī Lieldienas un pārceltās brīvdienas) aprēķina bibliotēka date-holidays. Valdības rīkojumos noteiktās darba dienu pārcelšanas šeit nav iekļautas — pārbaudiet tās atsevišķi.',
	'resources.lead':
		'Katram ierakstam norādīts avots un pārbaudes datums. Tālruņu darba laiks var mainīties — pārbaudiet to, pirms nododat informāciju klientam.',
	'resources.webSource': 'Publiska tīmekļa lapa: {url} (pārbaudīta {date}).',
	'resources.group.cietusie': 'vardarbībā cietušie',
	'resources.group.krize': 'cilvēki krīzē',
	'resources.group.berni': 'bērni un pusaudži',
	'resources.group.vardarbibas-veiceji': 'personas, kas varētu izturēties vardarbīgi',
	'resources.group.cilveku-tirdzniecibas-upuri': 'cilvēku tirdzniecības upuri',
	'resources.group.specialisti': 'speciālisti',
	'resources.group.visi': 'ikviens',
	'glossary.lead':
		'Kursos lietotie termini un saīsinājumi ar norādi uz avotu. Skaidrojumi ir mūsu pašu vārdiem.',
	'trainers.none': 'Scenāriju vēl nav.',
	'trainers.facilitator': 'Vadītāja režīms (projektoram)',
	'trainers.handout': 'Izdales materiāls drukāšanai',
	'trainers.answers': 'Atbilžu lapa vadītājam (vērtējumi, sekas, avoti)',
	'trainers.play': 'Spēlēt individuāli',
	'trainers.materials': 'Citi materiāli',
	'trainers.algorithm': 'Rīcības algoritms (diagramma un soļi)',
	'about.lead': 'Prakses ceļvedis ir mācību un rīcības atbalsta vietne sociālajiem darbiniekiem Latvijā.',
	'about.sources': 'Avoti',
	'about.howTitle': 'Kā saturs veidots',
	'about.how1':
		'Nodarbības, rīki un scenāriji pārstāsta avotus saviem vārdiem un pārkārto tos mācību vajadzībām. Fakti, skaitļi, termiņi, nosaukumi un atsauces uz normatīvajiem aktiem ir pārņemti precīzi, un katrai nodarbībai norādīts avots ar rindu numuriem.',
	'about.how2':
		'Avoti ir teksts, kas iegūts no PDF failiem un slaidiem: daļa attēlu, tabulu un shēmu bultu tajā nav saglabājusies. Kur informācijas trūkst, mēs to lapā norādām, nevis minam. Rīcības algoritma secība vietām ir rekonstruēta pēc teksta, un tas ir atzīmēts.',
	'about.how3':
		'Krīzes tālruņi, kuru avotos nav, ņemti tikai no publiskām tīmekļa lapām; katram norādīts avots un pārbaudes datums.',
	'about.disclaimerTitle': 'Atruna',
	'about.disclaimer2':
		'Rīki strukturē darbu un atgādina avotos noteikto, bet lēmumu pieņem speciālists, ievērojot savas iestādes kārtību un spēkā esošos normatīvos aktus. Tūlītēju briesmu gadījumā zvaniet 112.',
	'about.privacyTitle': 'Privātums',
	'about.privacy1':
		'Vietne nesūta pieprasījumus uz citām vietnēm: nav analītikas, ārēju fontu, CDN vai iegulta satura.',
	'about.privacy2': 'Netiek izmantotas sīkdatnes.',
	'about.privacy3':
		'Drošības plānā ierakstītais paliek tikai atvērtajā pārlūka cilnē; tas tiek saglabāts ierīcē tikai tad, ja jūs to skaidri izvēlaties pēc brīdinājuma.',
	'about.privacy4':
		'Mācību progress (pabeigtās nodarbības, pārbaužu rezultāti, pabeigtie scenāriji) un iesāktā scenārija gaita glabājas tikai šī pārlūka atmiņā; progresu var lejupielādēt, ielādēt un dzēst lapā „Mans progress”, scenārija gaitu — ar pogu „Sākt no jauna”. Vadītāja režīma balsojums glabājas tikai atvērtajā cilnē.',
	'about.privacy5':
		'Pēc pirmā apmeklējuma pārlūks saglabā vietnes lapas lietošanai bezsaistē (service worker); tiek saglabāts tikai vietnes saturs, nevis jūsu ievadītais teksts.',
	'about.updatedTitle': 'Satura atjaunināšana',
	'common.print': 'Drukāt',
	'common.yes': 'Jā',
	'common.no': 'Nē',
} as const;

export type UiKey = keyof typeof lv;

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
	return lv[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const plural = new Intl.PluralRules('lv');

/**
 * Picks the Latvian plural form: zero (0, 10, 11…), one (1, 21…), other (2, 5, 22…).
 * @example tPlural(21, { zero: 'search.resultsZero', one: 'search.resultsOne', other: 'search.results' })
 */
export function tPlural(
	count: number,
	keys: { zero: UiKey; one: UiKey; other: UiKey },
	vars: Record<string, string | number> = {},
): string {
	const form = plural.select(count) as 'zero' | 'one' | 'other';
	return t(keys[form] ?? keys.other, { count, ...vars });
}
