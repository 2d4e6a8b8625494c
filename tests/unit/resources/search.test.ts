import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { resourceSchema } from '../../../src/content/schemas/resource.ts';
import {
	createDirectorySearch,
	isEmergency,
	type FinderEntry,
} from '../../../src/lib/resources/directory.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = join(root, 'content', 'resources');
const entries: FinderEntry[] = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.map((f) => ({
		id: f.replace(/\.yaml$/, ''),
		...resourceSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
	}));
const { queries } = JSON.parse(
	readFileSync(join(root, 'tests', 'search', 'directory-queries.json'), 'utf8'),
) as {
	queries: { query: string; expected: string[]; mustFind: boolean }[];
};
// The finder searches everything but the pinned emergency numbers.
const search = createDirectorySearch(entries.filter((e) => !isEmergency(e)));

describe('directory search finds what practitioners type', () => {
	test('there are at least 12 queries and 3 must-find ones, all naming existing entries', () => {
		expect(queries.length).toBeGreaterThanOrEqual(12);
		expect(queries.filter((q) => q.mustFind).length).toBeGreaterThanOrEqual(3);
		const ids = new Set(entries.map((e) => e.id));
		expect(queries.flatMap((q) => q.expected).filter((id) => !ids.has(id))).toEqual([]);
	});
	test.each(queries)('"$query"', ({ query, expected, mustFind }) => {
		const top = search(query).slice(0, mustFind ? 3 : 5);
		expect(
			top.some((id) => expected.includes(id)),
			`top: ${top.join(', ')}`,
		).toBe(true);
	});
});
