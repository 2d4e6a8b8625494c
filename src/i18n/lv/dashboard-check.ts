/**
 * The knowledge check's strings for a changed check (issue 13), apart from `dashboard.ts` so the
 * lesson page's island bundle does not grow by the dashboard's strings.
 */
export const dashboardCheckStrings = {
	'dashCheck.changed':
		'Šī pārbaude ir mainīta, kopš uz to atbildējāt. Jūsu rezultāts ({score} no {total}) ir saglabāts kā iepriekšējās versijas rezultāts. Kamēr nesākat no jauna, atbildes ir prakse un netiek saglabātas.',
	'dashCheck.retake': 'Pildīt pārbaudi no jauna',
} as const;

/** Looks up one of these strings and fills `{name}` placeholders. */
export function tDashCheck(
	key: keyof typeof dashboardCheckStrings,
	vars: Record<string, string | number> = {},
): string {
	return dashboardCheckStrings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m,
	);
}
