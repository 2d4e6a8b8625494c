import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { resourceSchema } from '../../../src/content/schemas/resource.ts';

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'resources');
// The handbook's resource inventory (../shared/design/inventory/resources-003.json), committed as a
// fixture so a clone with nothing beside it runs this test; where ../shared is present, the copy
// must still equal it.
const inventoryFile = join(import.meta.dirname, '..', '..', 'fixtures', 'inventory', 'resources-003.json');
const sharedInventory = join(
	import.meta.dirname,
	'..',
	'..',
	'..',
	'..',
	'shared',
	'design',
	'inventory',
	'resources-003.json',
);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
const entries = files.map((f) => ({
	file: f,
	data: resourceSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
}));
const excluded = parse(readFileSync(join(dir, '_excluded.yaml'), 'utf8')) as {
	reasons: Record<string, string>;
	excluded: { name: string; line: number; reason: string; see?: string }[];
};

describe('the directory accounts for every inventory entry', () => {
	const inventory = JSON.parse(readFileSync(inventoryFile, 'utf8')) as { name: string }[];
	test('the committed inventory is the one in ../shared/design/inventory (where that is present)', () => {
		const shared = existsSync(sharedInventory)
			? JSON.parse(readFileSync(sharedInventory, 'utf8'))
			: inventory;
		expect(
			inventory,
			'copy ../shared/design/inventory/resources-003.json to tests/fixtures/inventory/',
		).toEqual(shared);
	});
	const covered = new Set(entries.flatMap((e) => e.data.inventory));
	const left = new Set(excluded.excluded.map((x) => x.name));

	test('each of the 175 inventory entries is listed or excluded, never both', () => {
		expect(inventory).toHaveLength(175);
		const missing = inventory.filter((i) => !covered.has(i.name) && !left.has(i.name)).map((i) => i.name);
		const both = inventory.filter((i) => covered.has(i.name) && left.has(i.name)).map((i) => i.name);
		expect(missing).toEqual([]);
		expect(both).toEqual([]);
	});
	test('names in entries and in the exclusion file exist in the inventory', () => {
		const names = new Set(inventory.map((i) => i.name));
		expect([...covered, ...left].filter((n) => !names.has(n))).toEqual([]);
	});
	test('every exclusion has a known reason, and a duplicate names an existing entry', () => {
		const ids = new Set(files.map((f) => f.replace(/\.yaml$/, '')));
		for (const x of excluded.excluded) {
			expect(Object.keys(excluded.reasons)).toContain(x.reason);
			if (x.reason === 'dublikats') expect(ids).toContain(x.see);
		}
	});
});

describe('entries keep their professional and perpetrator labels', () => {
	test('every prison entry is a contact for professionals and says so', () => {
		const prisons = entries.filter((e) => e.data.kind === 'ieslodzijuma-vieta' && e.data.phones.length > 0);
		expect(prisons.length).toBe(11);
		for (const p of prisons) {
			expect(p.data.audience, p.file).toBe('specialisti');
			expect(p.data.notes, p.file).toMatch(/Kontakts speciālistiem, ne klientiem/);
		}
	});
	test('the ministry entry is labelled as a contact for professionals', () => {
		const m = entries.find((e) => e.file === 'labklajibas-ministrija-bernu-un-gimenes-politika.yaml')!;
		expect(m.data.audience).toBe('specialisti');
		expect(m.data.name).toMatch(/kontakts speciālistiem/);
	});
	test('the line for people who may use violence has its own kind', () => {
		const line = entries.find((e) => e.file === 'talrunis-vardarbibas-veicejiem-22045225.yaml')!;
		expect(line.data.kind).toBe('vardarbibas-veicejiem');
	});
	test('only an entry checked on a public page carries lastVerified', () => {
		for (const e of entries) if (e.data.lastVerified) expect(e.data.source, e.file).toContain('[@ext:');
	});
});
