/** UI strings of the "about" feature (keys `about.*`). */
export const aboutStrings = {
	'about.title': 'Par vietni',
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
		'Drošības plānā ierakstītais netiek saglabāts ne cilnē, ne ierīcē: pārlādējot lapu vai aizejot no tās, tas pazūd. Ierīcē plāns tiek saglabāts tikai tad, ja jūs to skaidri izvēlaties pēc brīdinājuma. Rīcības algoritma ceļš un termiņa datums, gadījuma vadīšanas atzīmes un rīku atzīmes (ja rīks tās patur) paliek tikai atvērtajā cilnē, arī pēc lapas pārlādes; tās notīra, aizverot cilni vai nospiežot „Ātri iziet”.',
	'about.privacy4':
		'Mācību progress (pabeigtās nodarbības, pārbaužu rezultāti, pabeigtie scenāriji) un iesāktā scenārija gaita glabājas tikai šī pārlūka atmiņā; progresu var lejupielādēt, ielādēt un dzēst lapā „Mans progress”, scenārija gaitu — ar pogu „Sākt no jauna”. Vadītāja režīma balsojums glabājas tikai atvērtajā cilnē.',
	'about.privacy5':
		'Lietošanai bezsaistē pārlūks saglabā vietnes lapas (service worker): pirmajā apmeklējumā tikai pakalpojumu katalogu un bezsaistes lapu, no nākamās atvērtās lapas fonā arī rīkus un meklēšanu (ja pārlūkā nav ieslēgta datu taupīšana), un katru apskatīto lapu. Tiek saglabāts tikai vietnes saturs, nevis jūsu ievadītais teksts.',
	'about.updatedTitle': 'Satura atjaunināšana',
} as const;
