// Reads a built search index (dist/search/: core, term shards, page fragments) back into one
// bundle, for the build checks, the tests after the build and the bench. Node only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fragment, SearchBundle, SearchCore, Shard } from './engine.ts';

/** The folder of the index files in a built site. */
export const SEARCH_DIR = 'search';

/**
 * The built index in `root` (dist/ or a fixture), or null when it has none.
 * @example readBuiltBundle('dist')?.core.kinds.length // the number of records
 */
export function readBuiltBundle(root: string): SearchBundle | null {
	const dir = join(root, SEARCH_DIR);
	if (!existsSync(join(dir, 'core.json'))) return null;
	const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
	const core = read('core.json') as SearchCore;
	const shards = core.shards.files.map((f) => read(f) as Shard);
	const fragments = core.fragments.map((f) => read(f) as Fragment);
	return { core, shards, fragments };
}
