import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';

const dir = join(import.meta.dirname, '..', 'fixtures');

/** Reads a fixture's data: YAML/JSON as is, MDX/MD by its frontmatter. */
export function readFixture(name: string): unknown {
	const text = readFileSync(join(dir, name), 'utf8');
	if (/\.mdx?$/.test(name)) return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
	return name.endsWith('.json') ? JSON.parse(text) : parse(text);
}

/**
 * Validates a fixture with a real collection schema and returns the problems the way the
 * build reports them: "file → field.path: message".
 */
export function schemaProblems(schema: ZodType, name: string): string[] {
	const result = schema.safeParse(readFixture(name));
	if (result.success) return [];
	return result.error.issues.map((i) => `${name} → ${i.path.join('.')}: ${i.message}`);
}
