import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { danglingAnchors, htmlIds, type LinkedRecord } from '../lib/search/anchors.ts';
import { missingBestBets, type BestBetSource } from '../lib/search/best-bets.ts';
import { readBestBets } from '../lib/search/best-bets-file.ts';
import { bundleRecords } from '../lib/search/engine.ts';
import { readBuiltBundle, SEARCH_DIR } from '../lib/search/bundle-files.ts';

/** The records of the built search index in `root` (dist/ or a fixture). */
function recordsIn(root: string): LinkedRecord[] {
	const bundle = readBuiltBundle(root);
	if (!bundle) throw new Error(`${join(root, SEARCH_DIR, 'core.json')}: meklēšanas indeksa nav`);
	return bundleRecords(bundle);
}

/** Messages for best bets whose page has no record in the built index in `root`. */
export function checkBestBets(root: string, bets: readonly BestBetSource[]): string[] {
	return missingBestBets(bets, new Set(recordsIn(root).map((r) => r.url)));
}

/** The dangling-anchor messages for a built site in `root` (dist/ or a fixture). */
export function checkSearchAnchors(root: string): string[] {
	const records = recordsIn(root);
	const cache = new Map<string, Set<string> | undefined>();
	return danglingAnchors(records, (path) => {
		if (!cache.has(path)) {
			const file = join(root, path, path.endsWith('.html') ? '' : 'index.html');
			cache.set(path, existsSync(file) ? htmlIds(readFileSync(file, 'utf8')) : undefined);
		}
		return cache.get(path);
	});
}

/**
 * Fails the build when a search record links to a page or heading id that does not exist,
 * or a best bet names a page the index does not have.
 */
export function searchAnchors(): AstroIntegration {
	return {
		name: 'search-anchors',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				const problems = [...checkSearchAnchors(root), ...checkBestBets(root, readBestBets())];
				if (problems.length)
					throw new Error(`Meklēšanas indeksā ${problems.length} saites bez mērķa:\n${problems.join('\n')}`);
			},
		},
	};
}
