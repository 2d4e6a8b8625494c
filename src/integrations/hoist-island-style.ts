import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from './built-files.ts';
import type { AstroIntegration } from 'astro';

// Astro writes this rule into <body> just before the first island. The Nu HTML Checker rejects a
// <style> in <body> that is not the first child of its parent, so we move it into <head>.
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** Moves Astro's island display rule from <body> to <head> in every built page. */
export function hoistIslandStyle(): AstroIntegration {
	return {
		name: 'hoist-island-style',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const { root, files } = await builtFiles(dir);
				for (const rel of files) {
					if (!rel.endsWith('.html')) continue;
					const file = join(root, rel);
					const html = await readFile(file, 'utf8');
					const body = html.indexOf('<body');
					const at = html.indexOf(ISLAND_STYLE, body);
					if (body < 0 || at < 0) continue;
					const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
					await writeFile(file, without.replace('</head>', `${ISLAND_STYLE}</head>`));
				}
			},
		},
	};
}
