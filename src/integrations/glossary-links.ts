import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { builtFiles } from './built-files.ts';
import { linkGlossaryTerms, type GlossaryTerm } from '../lib/markdown/rehype-glossary-links.ts';

/**
 * Links the first use of each glossary term in the built tool pages (`/riki/…`), the same way the
 * rehype plugin does in lessons: only the static text of <main>, never inside islands, headings,
 * links, navigation or code. Runs before the service worker lists the built files.
 */
export function glossaryLinks(terms: GlossaryTerm[]): AstroIntegration {
	return {
		name: 'glossary-links',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const { root, files } = await builtFiles(dir);
				for (const rel of files) {
					if (!rel.startsWith('riki/') || !rel.endsWith('.html')) continue;
					const file = join(root, rel);
					const html = await readFile(file, 'utf8');
					const open = /<main\b[^>]*>/.exec(html);
					const close = html.lastIndexOf('</main>');
					if (!open || close < 0) continue;
					const start = open.index + open[0].length;
					const tree = fromHtml(html.slice(start, close), { fragment: true });
					const before = toHtml(tree);
					linkGlossaryTerms(tree as never, terms);
					const after = toHtml(tree);
					if (after !== before) await writeFile(file, html.slice(0, start) + after + html.slice(close));
				}
			},
		},
	};
}
