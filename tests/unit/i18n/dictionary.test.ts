import { describe, expect, it } from 'vitest';
import { createT, tPlural } from '../../../src/i18n/t.ts';
import { lv, t } from '../../../src/i18n/lv.ts';
import { findDuplicateKeys } from '../../../src/i18n/duplicates.ts';

// Every feature file, including ones other work adds later: a spread into `lv` would let the
// second definition of a key win silently, so the test reads the files themselves.
const modules = import.meta.glob<Record<string, Record<string, string>>>('../../../src/i18n/lv/*.ts', {
	eager: true,
});
const files = Object.entries(modules).flatMap(([path, mod]) =>
	Object.entries(mod).map(([name, strings]) => ({ file: `${path.split('/').pop()}#${name}`, strings })),
);

describe('the Latvian dictionary, split per feature', () => {
	it('defines every key once across all feature files', () => {
		expect(files.length).toBeGreaterThan(20);
		expect(findDuplicateKeys(files)).toEqual([]);
	});

	it('names the key and both files when a key is defined twice', () => {
		const twice = findDuplicateKeys([
			{ file: 'plan.ts#planStrings', strings: { 'plan.title': 'Drošības plāns' } },
			{ file: 'tools.ts#toolsStrings', strings: { 'plan.title': 'Plāns', 'tools.title': 'Rīki' } },
		]);
		expect(twice).toEqual(['"plan.title": plan.ts#planStrings, tools.ts#toolsStrings']);
	});

	it('gives the pages every key through t()', () => {
		expect(t('quickExit.label')).toBe('Ātri iziet');
		expect(Object.keys(lv)).toContain('plan.title');
	});

	it('fills placeholders and picks the Latvian plural form', () => {
		const tt = createT({
			'x.n': '{count} rezultāti',
			'x.one': '{count} rezultāts',
			'x.zero': '{count} rezultātu',
		});
		const keys = { zero: 'x.zero', one: 'x.one', other: 'x.n' } as const;
		expect(tPlural(tt, 21, keys)).toBe('21 rezultāts');
		expect(tPlural(tt, 11, keys)).toBe('11 rezultātu');
		expect(tPlural(tt, 3, keys)).toBe('3 rezultāti');
		expect(t('plan.saved', { date: '1. marts' })).toBe('Plāns saglabāts šajā ierīcē 1. marts');
	});
});
