import { describe, expect, it } from 'vitest';
import { groupCachedPages, titleOf } from '../../../src/lib/offline/cached-pages.ts';

describe('offline page: what is cached', () => {
	it('reads a page title without the site name', () => {
		expect(titleOf('<html><head><title>Drošības plāns — Prakses ceļvedis</title></head></html>')).toBe(
			'Drošības plāns',
		);
		expect(titleOf('<title>Ziņojums &amp; termiņi — Prakses ceļvedis</title>')).toBe('Ziņojums & termiņi');
		expect(titleOf('{"records":[]}')).toBeNull();
	});

	it('sorts cached pages into tools, directory and lessons; other pages are left out', () => {
		const g = groupCachedPages([
			{ path: '/', title: 'Prakses ceļvedis' },
			{ path: '/riki/', title: 'Rīki' },
			{ path: '/riki/drosibas-plans/', title: 'Drošības plāns' },
			{ path: '/riki/algoritms/policijas-zinojums/', title: 'Policijas ziņojums' },
			{ path: '/resursi/krizes-talrunis-116123/', title: 'Krīzes tālrunis 116123' },
			{ path: '/resursi/', title: 'Pakalpojumu katalogs' },
			{ path: '/kursi/', title: 'Kursi' },
			{ path: '/kursi/vardarbiba/', title: 'Vardarbība' },
			{ path: '/kursi/vardarbiba/drosibas-plans/', title: 'Drošības plāns' },
			{ path: '/kursi/vardarbiba/cikls/', title: 'Vardarbības cikls' },
			{ path: '/kursi/vardarbiba/cikls/', title: 'Vardarbības cikls' },
			{ path: '/meklet/', title: 'Meklēt' },
		]);
		expect(g.tools.map((p) => p.path)).toEqual([
			'/riki/drosibas-plans/',
			'/riki/algoritms/policijas-zinojums/',
		]);
		expect(g.directory.map((p) => p.path)).toEqual(['/resursi/', '/resursi/krizes-talrunis-116123/']);
		expect(g.lessons.map((p) => p.title)).toEqual(['Drošības plāns', 'Vardarbības cikls']);
	});
});
