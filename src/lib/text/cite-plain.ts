/**
 * Shows citations written in the common syntax (`[@004, 32]`, `[@003 2.3., 6081–6100]`,
 * `[@secinajums]`) the way course A's prose shows them today: „(004, 32. rinda)”,
 * „(secinājums)”. A stand-in until the citation module (src/lib/cite/) renders reader labels;
 * tool text passes through here only, so wiring that module in is a change to this one file.
 * @example citePlain('Vai ievērojat konfidencialitāti? [@004, 34]') // 'Vai ievērojat konfidencialitāti? (004, 34. rinda)'
 */
export function citePlain(text: string): string {
	return text.replace(/\s*\[@([^\]]+)\]/g, (_m, inner: string) => {
		const body = inner.trim();
		if (body === 'secinajums') return ' (secinājums)';
		if (body.startsWith('ext:')) return '';
		const [head, lines] = body.split(/,\s*/, 2) as [string, string | undefined];
		const [doc, ...section] = head.split(/\s+/);
		const where = [
			section.join(' '),
			lines
				? `${lines
						.split(/[–-]/)
						.map((n) => `${n.trim()}.`)
						.join('–')} rinda`
				: '',
		]
			.filter(Boolean)
			.join(', ');
		return ` (${doc}${where ? `, ${where}` : ''})`;
	});
}
