import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/**
 * The glossary files in content/glossary/ (*.yaml, files starting with "_" skipped), in name order,
 * each with its parsed content. The content collection (src/content.config.ts) and the build-time
 * markdown plugins (glossary links, abbreviations) both read the glossary through this.
 */
export function readGlossaryFiles(dir: URL): { file: string; entries: unknown }[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.sort()
		.map((file) => ({ file, entries: parseYaml(readFileSync(new URL(file, dir), 'utf8')) ?? [] }));
}

/** Every glossary entry of every file, in file order (a file that is not a list is left to the collection to reject). */
export function readGlossaryDir<T = { id: string; term: string; abbr?: string }>(dir: URL): T[] {
	return readGlossaryFiles(dir).flatMap(({ entries }) => (Array.isArray(entries) ? (entries as T[]) : []));
}
