// Where the source texts are. They are copyrighted and not ours to republish, so they are never
// in the repository: they come from SOURCES_DIR, else from ../shared/seeds beside the project.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The folder that holds the source texts (000_….txt … 004_….txt), or null with the reason.
 * @param {{ env?: Record<string, string | undefined>, root?: string }} [opts]
 * @returns {{ dir: string, reason: null } | { dir: null, reason: string }}
 */
export function findSourcesDir({ env = process.env, root = process.cwd() } = {}) {
	const candidates = env.SOURCES_DIR ? [resolve(root, env.SOURCES_DIR)] : [resolve(root, '../shared/seeds')];
	for (const dir of candidates) {
		if (existsSync(dir) && readdirSync(dir).some((f) => /^00\d_[0-9a-f]+\.txt$/.test(f))) {
			return { dir, reason: null };
		}
	}
	return {
		dir: null,
		reason: env.SOURCES_DIR
			? `SOURCES_DIR=${env.SOURCES_DIR} holds no source texts (00N_<hash>.txt)`
			: 'no source texts: set SOURCES_DIR, or put ../shared/seeds beside the project',
	};
}
