import { describe, expect, test } from 'vitest';
import { assetRefs, offlinePlan, pageUrl, type BuiltFile } from '../../../src/lib/offline/precache.ts';

describe('assetRefs', () => {
	test('finds /_astro/ paths in HTML and relative chunk imports in a chunk', () => {
		expect(
			assetRefs(
				'<link rel="stylesheet" href="/_astro/base.A1.css"><script src="/_astro/page.B2.js"></script>',
				'/x/index.html',
			),
		).toEqual(['/_astro/base.A1.css', '/_astro/page.B2.js']);
		expect(
			assetRefs('import{h as e}from"./preact.C3.js";import("./lazy.D4.js")', '/_astro/page.B2.js'),
		).toEqual(['/_astro/lazy.D4.js', '/_astro/preact.C3.js']);
		// A relative import in an HTML page is not a build chunk.
		expect(assetRefs('"./x.js"', '/riki/index.html')).toEqual([]);
	});
});

test('pageUrl maps index.html files to page URLs', () => {
	expect(pageUrl('/riki/drosibas-plans/index.html')).toBe('/riki/drosibas-plans/');
	expect(pageUrl('/index.html')).toBe('/');
	expect(pageUrl('/404.html')).toBe('/404.html');
	expect(pageUrl('/_astro/a.js')).toBeNull();
});

describe('offlinePlan', () => {
	const text: Record<string, string> = {
		'/index.html': '<script src="/_astro/home.1.js"></script>',
		'/riki/drosibas-plans/index.html':
			'<script src="/_astro/plan.2.js"></script><link href="/_astro/base.3.css">',
		'/resursi/index.html': '<link href="/_astro/base.3.css"><script src="/_astro/finder.8.js"></script>',
		'/bezsaiste/index.html': '<link href="/_astro/base.3.css">',
		'/_astro/finder.8.js': 'import"./preact.5.js"',
		'/resursi/krizes-talrunis/index.html': '<link href="/_astro/base.3.css">',
		'/kursi/vardarbiba/drosibas-plans/index.html': '<script src="/_astro/lesson.4.js"></script>',
		'/_astro/home.1.js': '',
		'/_astro/plan.2.js': 'import"./preact.5.js"',
		'/_astro/base.3.css': '',
		'/_astro/lesson.4.js': 'import"./preact.5.js";import"./check.6.js"',
		'/_astro/preact.5.js': '',
		'/_astro/check.6.js': '',
	};
	const files: BuiltFile[] = [
		...Object.keys(text),
		'/search/core.json',
		'/search/t-p.x1.json',
		'/search/f-0.x2.json',
		'/favicon.svg',
		'/_astro/unused.7.js',
	].map((url, i) => ({ url, bytes: 100 + i, hash: `h${i}` }));
	const { precache, later, manifest } = offlinePlan(files, (u) => text[u] ?? '');

	test('the first visit keeps only the offline page, the directory list and their stylesheet, each with its hash', () => {
		expect(precache.map((e) => e.url)).toEqual([
			'/_astro/base.3.css',
			'/bezsaiste/',
			'/favicon.svg',
			'/resursi/',
		]);
		expect(precache.find((e) => e.url === '/resursi/')?.hash).toBe('h2');
	});

	test('from the second page view, the home page, the tools, their scripts and the whole search index', () => {
		expect(later.map((e) => e.url)).toEqual([
			'/',
			'/_astro/finder.8.js',
			'/_astro/home.1.js',
			'/_astro/plan.2.js',
			'/_astro/preact.5.js',
			'/riki/drosibas-plans/',
			'/search/core.json',
			'/search/f-0.x2.json',
			'/search/t-p.x1.json',
		]);
		expect(later.find((e) => e.url === '/riki/drosibas-plans/')?.hash).toBe('h1');
		// Lessons, directory entries and their own chunks wait for a visit or "save everything".
		const ahead = [...precache, ...later].map((e) => e.url);
		expect(ahead).not.toContain('/kursi/vardarbiba/drosibas-plans/');
		expect(ahead).not.toContain('/resursi/krizes-talrunis/');
		expect(ahead).not.toContain('/_astro/check.6.js');
	});

	test('the manifest lists every page and every file pages need, with the total size', () => {
		expect(manifest.pages.map((p) => p.url)).toEqual([
			'/',
			'/bezsaiste/',
			'/kursi/vardarbiba/drosibas-plans/',
			'/resursi/',
			'/resursi/krizes-talrunis/',
			'/riki/drosibas-plans/',
		]);
		expect(manifest.files.map((f) => f.url)).toContain('/_astro/check.6.js');
		expect(manifest.files.map((f) => f.url)).toContain('/search/t-p.x1.json');
		expect(manifest.files.map((f) => f.url)).not.toContain('/_astro/unused.7.js');
		expect(manifest.bytes).toBe([...manifest.pages, ...manifest.files].reduce((n, f) => n + f.bytes, 0));
	});
});

describe('save everything', async () => {
	const { saveSteps, bytesOf, formatBytes, stepDone } = await import('../../../src/lib/offline/save-all.ts');
	const manifest = {
		pages: [
			{ url: '/', bytes: 4000 },
			{ url: '/kursi/vardarbiba/drosibas-plans/', bytes: 30000 },
		],
		files: [
			{ url: '/_astro/check.6.js', bytes: 9000 },
			{ url: '/search/core.json', bytes: 400_000 },
			{ url: '/search/f-0.x2.json', bytes: 2_000_000 },
		],
		bytes: 2_443_000,
	};
	test('downloads what is not kept yet, pages first, assets into their own cache, and says how much', () => {
		const steps = saveSteps(manifest, new Set(['/']));
		expect(steps).toEqual([
			{ url: '/kursi/vardarbiba/drosibas-plans/', cache: 'pc-pages' },
			{ url: '/_astro/check.6.js', cache: 'pc-assets' },
			{ url: '/search/core.json', cache: 'pc-pages' },
			{ url: '/search/f-0.x2.json', cache: 'pc-assets' },
		]);
		expect(formatBytes(bytesOf(manifest, steps))).toBe('2,4 MB');
		expect(formatBytes(820_400)).toBe('820 kB');
	});
	test('progress counts each step and ends with the failures', () => {
		const s = { phase: 'running' as const, done: 0, total: 2, failed: [] as string[] };
		const one = stepDone(s, '/a/', true);
		expect(one).toEqual({ phase: 'running', done: 1, total: 2, failed: [] });
		expect(stepDone(one, '/b/', false)).toEqual({ phase: 'finished', total: 2, failed: ['/b/'] });
	});
});
