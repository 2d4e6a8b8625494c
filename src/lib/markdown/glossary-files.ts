import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/**
 * Every glossary entry in content/glossary/*.yaml (files starting with "_" are skipped), in file
 * order, for the build-time markdown plugins (glossary links, abbreviations). The content
 * collection (src/content.config.ts) reads the same files and validates them.
 */
export function readGlossaryDir<T = { id: string; term: string; abbr?: string }>(dir: URL): T[] {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.sort();
	return files.flatMap((f) => {
		const entries = parseYaml(readFileSync(new URL(f, dir), 'utf8')) ?? [];
		return Array.isArray(entries) ? (entries as T[]) : [];
	});
}
