// Readers never see document codes (000–004) or line numbers: those sit folded under „Kur avota
// tekstā" and in the trainer views (src/lib/cite). Learner pages: lessons, scenario players, tools,
// the glossary and the resource directory. Exempt: facilitator, answer key, handout. A line reference
// is a number next to "rinda/rindas/rindu", so the word for a queue ("jāstāv rindā") does not count.
/** @param {string} page a dist path such as "/kursi/vardarbiba/x/" */
export const isLearnerPage = (page) =>
	/^\/kursi\/[^/]+\/[^/]+\/$/.test(page) ||
	/^\/scenariji\/[^/]+\/(projektors\/)?$/.test(page) ||
	/^\/riki\//.test(page) ||
	/^\/resursi\//.test(page) ||
	page === '/terminologija/';
const LEAK =
	/(?<!\/)\b00[0-4]\b|\d+\.?(?:\s*[–-]\s*\d+\.?)?\s+rind(?:a|as|u|ā)\b|\brind(?:a|as|u|ā)\b[^.<]{0,20}\d+\s*[–-]\s*\d+/g;
/**
 * Document codes and line references in a page's reading text (outside scripts and the folded
 * source list), each with a little context.
 * @param {string} html
 * @returns {string[]}
 */
export function codesInReadingText(html) {
	// A table cell that holds nothing but a line range ("| 40–44 |") is a line reference too.
	const cells = [...html.matchAll(/<td[^>]*>\s*(\d+\s*[–-]\s*\d+)\s*<\/td>/g)].map((m) => `<td>${m[1]}</td>`);
	const reading = html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<details class="source-list__lines"[\s\S]*?<\/details>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/\s+/g, ' ');
	return [
		...[...reading.matchAll(LEAK)].map((m) =>
			reading.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20),
		),
		...cells,
	];
}
