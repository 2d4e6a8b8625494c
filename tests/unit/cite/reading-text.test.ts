import { expect, test } from 'vitest';
import { codesInReadingText, isLearnerPage } from '../../../scripts/lib/reading-text.mjs';

test('check:content finds document codes and line numbers in reading text, not in the folded source list', () => {
	const html =
		'<p>Zvans (000, 10.–11. rinda). Avota rindas: 218–225.</p><script>x="003"</script>' +
		'<details class="source-list__lines"><li>Algoritms (000): rindas 1–2</li></details>' +
		'<p>Jāstāv rindā, vai ir rinda. ESF projekts Nr. 9.1.2.0/16/I/001.</p>' +
		'<table><tr><td>Veidojiet uzticību</td><td>40–44</td><td>3–5 cilvēki</td></tr></table>';
	// the code, "10.–11. rinda" and "rindas: 218–225"; not the queue, the project number or the folded list
	expect(codesInReadingText(html)).toEqual([
		expect.stringContaining('Zvans (000'),
		expect.stringContaining('11. rinda)'),
		expect.stringContaining('rindas: 218–225'),
		'<td>40–44</td>',
	]);
	expect(
		codesInReadingText(
			'<p>Zvans <span class="cite"><button>(Algoritms, algoritma shēma)</button></span>.</p>',
		),
	).toEqual([]);
});

test('lessons, scenario players, tools and the glossary are checked; trainer views and /resursi/ are not', () => {
	const pages = [
		'/kursi/vardarbiba/x/',
		'/scenariji/a/',
		'/scenariji/a/vaditajam/',
		'/scenariji/a/atbildes/',
		'/scenariji/a/izdale/',
		'/riki/drosibas-plans/',
		'/terminologija/',
		'/resursi/x/',
	];
	expect(pages.filter(isLearnerPage)).toEqual([
		'/kursi/vardarbiba/x/',
		'/scenariji/a/',
		'/riki/drosibas-plans/',
		'/terminologija/',
		'/resursi/x/',
	]);
});
