/** Strings for the trainer's room (issue 14): projector, vote bars, run sheet, CSV record, "Kā vadīt nodarbību". */
export const trainerStrings = {
	/** Decision counter on the projector and the facilitator page; how it counts: `decisionCounter`. */
	'trainer.counter': '{number}. lēmums no {total}',
	'trainer.counterNote':
		'„Lēmums no …” skaita jau pieņemtos lēmumus un tos, kas vēl priekšā, ja grupa turpinās ar ieteicamo rīcību; ja grupa izvēlas citu ceļu, kopskaits var mainīties.',
	'trainer.percent': '{percent} %',
	'trainer.votesOf': '{letter}: {count} balsis, {percent} %',
	'trainer.talliesHide': 'Slēpt balsis projektorā līdz atklāšanai',
	'trainer.talliesHiddenNote': 'Balsis būs redzamas pēc atklāšanas.',
	'trainer.recordCsv': 'Lejupielādēt pierakstu CSV (izklājlapai)',
	'trainer.csv.decision': 'Lēmums',
	'trainer.csv.point': 'Lēmuma punkts',
	'trainer.csv.letter': 'Burts',
	'trainer.csv.option': 'Rīcības variants',
	'trainer.csv.quality': 'Vērtējums',
	'trainer.csv.votes': 'Balsis',
	'trainer.csv.followed': 'Grupa izvēlējās',
	'trainer.csv.yes': 'jā',
	'trainer.runsheet.title': 'Vadības lapa',
	'trainer.runsheet.link': 'Vadības lapa (viena lapa drukāšanai)',
	'trainer.runsheet.lead':
		'Viena lapa nodarbības vadīšanai: katram lēmuma punktam ieteicamais burts, kur ved katrs variants, galvenā doma un laiks. Burti un numuri ir tādi paši kā projektorā, izdales materiālā un atbilžu lapā.',
	'trainer.runsheet.timing':
		'{minutes} min kopā; galvenajā līnijā {decisions} lēmumi, tātad apmēram {perDecision} min katram lēmumam.',
	'trainer.runsheet.col.point': 'Lēmuma punkts',
	'trainer.runsheet.col.recommended': 'Ieteicams',
	'trainer.runsheet.col.options': 'Varianti → kur ved',
	'trainer.runsheet.col.teaching': 'Galvenā doma',
	'trainer.runsheet.col.time': 'Laiks',
	'trainer.runsheet.minutes': '~{minutes} min',
	'trainer.runsheet.detour': 'blakusceļš',
	'trainer.runsheet.toPoint': '→ {number}.',
	'trainer.runsheet.toEnding': '→ beigas: {title}',
	'trainer.runsheet.onlyIf': 'tikai ja {condition}',
	'trainer.runsheet.endings': 'Iespējamās beigas',
	'trainer.runsheet.legend':
		'✓ ieteicama, ~ pieņemama, ✗ kaitīga rīcība. „Galvenā doma” ir citāts no scenārija vadītāja piezīmēm (ja to nav — no ieteicamās izvēles skaidrojuma). Pilni skaidrojumi un avoti ir atbilžu lapā.',
	'trainer.runsheet.print': 'Drukāt vadības lapu',
	'trainer.guide.title': 'Kā vadīt nodarbību',
	'trainer.guide.screens.title': 'Divi logi vai paplašināts ekrāns',
	'trainer.guide.screens.text':
		'Pievienojiet projektoru kā paplašinātu ekrānu (nevis spoguļattēlu). Savā datorā atveriet vadītāja režīmu un tajā nospiediet „Atvērt projektora logu”; šo logu pārvelciet uz projektora ekrānu un atveriet pilnekrānā (piemēram, ar F11). Abiem logiem jābūt vienā pārlūkā — projektora logs seko vadītāja logam: grupa redz situāciju, variantus un balsis, bet jūs redzat arī piezīmes, diskusijas jautājumus un karti.',
	'trainer.guide.screens.single':
		'Ja ir tikai viens ekrāns (spoguļattēls), rādiet vadītāja režīmu ar pogu „Pilnekrāns”; tad grupa redz arī jūsu piezīmes, tāpēc atveriet tās tikai tad, kad tās var redzēt visi.',
	'trainer.guide.timing.title': 'Laiks katram lēmumam',
	'trainer.guide.timing.text':
		'Katra scenārija vadības lapā ir ieteicamais laiks vienam lēmumam: scenārija minūtes, dalītas ar lēmumu skaitu galvenajā līnijā (tā pati skaitīšana, ko rāda „2. lēmums no 6”). Vadītāja režīmā diskusijas laiku var mērīt ar pogu „Sākt laiku” vai taustiņu T.',
	'trainer.guide.group.title': 'Grupas lielums',
	'trainer.guide.group.text':
		'Balsis jūs saskaitāt paši (roku pacelšana, kartītes ar burtiem) un ievadāt ar + un − vai cipartaustiņiem 1–9. Lielā grupā ātrāk ir balsot pa galdiem: katrs galds vienojas par vienu variantu un dod vienu balsi. Izdales materiāls ir paredzēts katram dalībniekam.',
	'trainer.guide.reveal.title': 'Kad atklāt sekas',
	'trainer.guide.reveal.text':
		'Atklājiet sekas (poga vai taustiņš R) tikai tad, kad balsis ir saskaitītas un grupa ir pamatojusi savu izvēli. Ja nevēlaties, lai balsojums ietekmē tos, kas vēl domā, ieslēdziet „Slēpt balsis projektorā līdz atklāšanai”. Pēc atklāšanas turpiniet ar vairākuma izvēli (N) vai ar variantu, kura sekas grupai noderēs apspriest.',
	'trainer.guide.record.title': 'Sesijas pieraksts',
	'trainer.guide.record.text':
		'Pieraksts glabājas tikai šajā pārlūka cilnē. Nodarbības beigās lejupielādējiet to kā tekstu vai kā CSV failu, ko var atvērt izklājlapā: katram lēmumam — balsis par katru variantu, variants, ar kuru grupa turpināja, un sasniegtās beigas. Salīdziniet grupas izvēles ar ieteicamo rīcību atbilžu lapā vai vadības lapā.',
	'trainer.guide.prints.title': 'Drukātie materiāli',
	'trainer.guide.prints.text':
		'Sev izdrukājiet vienas lapas vadības lapu (vai pilno atbilžu lapu ar skaidrojumiem un avotiem), dalībniekiem — izdales materiālu. Visos materiālos burti un punktu numuri sakrīt ar projektoru.',
	'trainer.perDecision': '~{minutes} min katram lēmumam',
} as const;

export type TrainerKey = keyof typeof trainerStrings;

/** Looks up one of these strings and fills `{name}` placeholders. */
export function tTrainer(key: TrainerKey, vars: Record<string, string | number> = {}): string {
	return trainerStrings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m,
	);
}
