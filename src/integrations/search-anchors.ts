import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { danglingAnchors, htmlIds, type LinkedRecord } from '../lib/search/anchors.ts';

/** The dangling-anchor messages for a built site in `root` (dist/ or a fixture). */
export function checkSearchAnchors(root: string): string[] {
	const records = JSON.parse(readFileSync(join(root, 'search-index.json'), 'utf8')) as LinkedRecord[];
	const cache = new Map<string, Set<string> | undefined>();
	return danglingAnchors(records, (path) => {
		if (!cache.has(path)) {
			const file = join(root, path, path.endsWith('.html') ? '' : 'index.html');
			cache.set(path, existsSync(file) ? htmlIds(readFileSync(file, 'utf8')) : undefined);
		}
		return cache.get(path);
	});
}

/** Fails the build when a search-index record links to a page or heading id that does not exist. */
export function searchAnchors(): AstroIntegration {
	return {
		name: 'search-anchors',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const problems = checkSearchAnchors(fileURLToPath(dir));
				if (problems.length)
					throw new Error(`Meklēšanas indeksā ${problems.length} saites bez mērķa:\n${problems.join('\n')}`);
			},
		},
	};
}
