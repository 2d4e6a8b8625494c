import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from './built-files.ts';
import { IMMUTABLE_FILES, offlinePlan, type BuiltFile } from '../lib/offline/precache.ts';
import type { AstroIntegration } from 'astro';

/**
 * Writes dist/sw.js and dist/offline-manifest.json after the build. The service worker keeps a
 * small set on the first visit and the tools and search from the second page view on, each file
 * with its own content hash, so a deploy re-downloads only the files that changed
 * (src/lib/offline/precache.ts has the policy). The manifest lists every page and file for
 * "Saglabāt visu lietošanai bezsaistē".
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'service-worker',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const built = await builtFiles(dir);
				const root = built.root;
				const contents = new Map<string, Buffer>();
				const files: BuiltFile[] = [];
				for (const f of built.files) {
					if (f === 'sw.js' || f === 'offline-manifest.json' || f.startsWith('_headers')) continue;
					const url = `/${f}`;
					let body: Buffer;
					try {
						body = await readFile(join(root, f));
					} catch {
						continue; // a directory
					}
					contents.set(url, body);
					files.push({
						url,
						bytes: body.length,
						hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
					});
				}
				const { precache, later, manifest } = offlinePlan(
					files,
					(url) => contents.get(url)?.toString('utf8') ?? '',
				);
				await writeFile(join(root, 'offline-manifest.json'), JSON.stringify(manifest));
				const template = await readFile(new URL('../sw/service-worker.js', import.meta.url), 'utf8');
				await writeFile(
					join(root, 'sw.js'),
					template
						.replace('__PRECACHE__', JSON.stringify(precache))
						.replace('__LATER__', JSON.stringify(later))
						.replace('__IMMUTABLE__', String(IMMUTABLE_FILES)),
				);
			},
		},
	};
}
