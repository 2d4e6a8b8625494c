import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from './built-files.ts';
import type { AstroIntegration } from 'astro';

/** Pages a practitioner needs without a network, precached on the first visit. */
const OFFLINE_PAGES =
	/^\/(?:$|riki\/|resursi\/|terminologija\/|meklet\/|progress\/|par\/|bezsaiste\/|404\.html$)/;

/**
 * Writes dist/sw.js after the build: the service-worker template with the list of files to
 * precache (the tools, the resource directory, the glossary, search and every built asset)
 * and a version derived from their contents, so a new build replaces the old cache.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'service-worker',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const built = await builtFiles(dir);
				const root = built.root;
				const files = built.files.map((f) => `/${f}`);
				const pages = files
					.filter((f) => f.endsWith('/index.html') || f === '/404.html')
					.map((f) => (f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f))
					.filter((p) => OFFLINE_PAGES.test(p));
				const assets = files.filter(
					(f) => f.startsWith('/_astro/') || f === '/search-index.json' || f === '/favicon.svg',
				);
				const precache = [...pages, ...assets].sort();
				const hash = createHash('sha256');
				for (const f of precache)
					hash.update(f).update(await readFile(join(root, f.endsWith('/') ? f + 'index.html' : f)));
				const template = await readFile(new URL('../sw/service-worker.js', import.meta.url), 'utf8');
				const sw = template
					.replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 12)))
					.replace('__PRECACHE__', JSON.stringify(precache));
				await writeFile(join(root, 'sw.js'), sw);
			},
		},
	};
}
