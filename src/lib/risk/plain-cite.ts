/**
 * Stand-in for src/lib/cite until it is merged: turns the citation markers in the checklist's text
 * into reader labels. The handbook → „(Rokasgrāmata)”, source 002 → „(LM slaidi)”, the authors'
 * inference → „(secinājums)”, an external source → its number in the page's source list „[n]”.
 * Line numbers are left out for readers (COMMON.md).
 */
export function plainCite(text: string, externalIds: readonly string[]): string {
	return text
		.replace(/\s*\[@([^\]]*)\]/g, (_, body: string) => {
			if (body === 'secinajums') return ' (secinājums)';
			if (body.startsWith('ext:')) {
				const n = externalIds.indexOf(body.slice(4));
				return n < 0 ? '' : ` [${n + 1}]`;
			}
			const doc = body.slice(0, 3);
			return doc === '003' ? ' (Rokasgrāmata)' : doc === '002' ? ' (LM slaidi)' : ` (avots ${doc})`;
		})
		.replace(/ \((Rokasgrāmata|LM slaidi)\)(?: \(\1\))+/g, ' ($1)');
}
