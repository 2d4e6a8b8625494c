/** Strings for option order, letters and first attempts (issue 8): the knowledge check, progress and the answer key. */
export const orderStrings = {
	'order.requires': 'Šis variants tiek piedāvāts tikai tad, ja {condition}.',
	'order.firstScore': 'Pirmo mēģinājumu rezultāts: {score} no {total}',
	'order.firstSaved':
		'Saglabāts jūsu progresā šajā ierīcē. Atkārtoti mēģinājumi ir prakse un rezultātu nemaina.',
	'order.rightAnswer': 'Pareizā atbilde',
	'order.retryQuestion': 'Mēģināt vēlreiz šo jautājumu',
	'order.practice': 'Prakses mēģinājums: rezultāts netiek mainīts.',
	'order.retryAll': 'Atbildēt vēlreiz uz visiem jautājumiem (prakse)',
	'order.earlierResult': '{score} no {total} (rezultāts no iepriekšējās vietnes versijas)',
} as const;

export type OrderKey = keyof typeof orderStrings;

/** Looks up one of these strings and fills `{name}` placeholders. */
export function tOrder(key: OrderKey, vars: Record<string, string | number> = {}): string {
	return orderStrings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m,
	);
}
