// Pagefind (the `pagefind` devDependency) as the search baseline of `npm run bench:search`, run in
// Chromium on the same built pages as our engine. Prints figures; asserts nothing.
//
// - Index: Pagefind's Node API indexes the built pages into a temporary folder served at /pagefind/
//   (nothing is written to dist/). Every page but /meklet/ (the search page: its hint quotes example
//   queries) and 404.html. Only <main> is indexed (rootSelector), without the <nav>s in it (course
//   sidebar, "Šajā lapā", pager): header, breadcrumbs and footer repeat on every page and our own
//   index does not hold them either; it is what `data-pagefind-body` on <main> would do on a site
//   that adopted Pagefind. The pages are lang="lv"; Pagefind has no Latvian stemmer, so it indexes
//   words unstemmed (wasm.unknown), but folds diacritics itself (`pasnavibas` finds `pašnāvības`).
// - Ranked URLs: Pagefind ranks pages; a page's sub_results are its sections under headings with an
//   id (page URL + #id; text before the first such heading has the page URL). The ranked list is,
//   for each of the first 10 pages in Pagefind's order, its sub_results in the order Pagefind gives
//   them (page order), then the page URL; duplicates dropped, cut at 10 URLs like our engine's
//   10 results, then scored by evaluate.ts like ours. A second reading orders each page's
//   sub_results by matched words first (what Pagefind's own UI uses to pick the sections it shows);
//   only its overall line is printed.
// - First-query bytes: a fresh browser context (empty cache, service worker blocked) opens /meklet/
//   and waits for the network to be quiet; everything the page and its workers fetch after that,
//   until the network is quiet again, is the first query's cost. Bytes are encoded response bodies
//   as Chromium reports them (headers not counted); the server gzips HTML, JS, CSS, JSON and SVG.
//   Pagefind's index, fragment and wasm files are gzip files already and are sent as they are.
import { createServer } from 'node:http';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { chromium } from '@playwright/test';
import { evaluate } from '../../src/lib/search/evaluate.ts';
import { PLAYWRIGHT_LAUNCH } from './chromium.mjs';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
// Compressed on the fly, like a web server would; Pagefind's own files are gzip files already.
const compressible = /^text\/|json|xml|svg/;

/**
 * A static server for built folders: `roots` maps a URL prefix to a folder (first match wins),
 * `/x/` serves `/x/index.html`; text, JSON and SVG are gzipped when the request accepts it.
 */
export async function serveStatic({ roots, port }) {
	const gzipped = new Map();
	const find = async (path) => {
		for (const [prefix, dir] of roots) {
			if (!path.startsWith(prefix)) continue;
			const file = resolve(dir, `.${normalize(`/${path.slice(prefix.length)}`)}`);
			for (const f of [file, join(file, 'index.html')]) {
				const s = await stat(f).catch(() => null);
				if (s?.isFile()) return f;
			}
		}
		return null;
	};
	const server = createServer(async (req, res) => {
		const file = await find(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		let body = file ? await readFile(file) : Buffer.from('Not found');
		const ext = file ? extname(file) : '.txt';
		const headers = { 'Content-Type': types[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
		if (compressible.test(headers['Content-Type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
			body = gzipped.get(file);
			headers['Content-Encoding'] = 'gzip';
		}
		res.writeHead(file ? 200 : 404, { ...headers, 'Content-Length': body.length });
		res.end(body);
	});
	await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => {
			server.closeAllConnections();
			return new Promise((ok) => server.close(ok));
		},
	};
}

/** Every second prefix (2+ letters) of every query, as a user types it; the same set bench-search times. */
function typedPrefixes(queries) {
	return queries.flatMap(({ query }) =>
		[...query].map((_, i) => query.slice(0, i + 1)).filter((s, i) => s.trim().length >= 2 && i % 2 === 1),
	);
}

/** Median, 95th percentile, min and max of a list of numbers. */
function stats(xs) {
	const s = [...xs].sort((a, b) => a - b);
	const at = (p) => s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
	return { n: s.length, median: at(0.5), p95: at(0.95), min: s[0] ?? 0, max: s[s.length - 1] ?? 0 };
}

/** The ranked URL list of one Pagefind answer (see the head of this file). */
function rankedUrls(pages, byMatches = false) {
	const urls = [];
	for (const p of pages) {
		const subs = byMatches ? [...p.subs].sort((a, b) => b.matches - a.matches) : p.subs;
		for (const url of [...subs.map((s) => s.url), p.url]) if (!urls.includes(url)) urls.push(url);
	}
	return urls.slice(0, 10);
}

/** What part of a first query a fetched file is, for the byte breakdown. */
function partOf(path) {
	if (!path.startsWith('/pagefind/')) return 'cits';
	const name = path.slice('/pagefind/'.length);
	if (name.startsWith('fragment/')) return 'fragmenti';
	if (name.startsWith('index/')) return 'indekss';
	if (name.startsWith('filter/')) return 'filtri';
	if (name.endsWith('.pf_meta')) return 'meta';
	if (name.startsWith('wasm.')) return 'wasm';
	return name; // pagefind.js, pagefind-worker.js, pagefind-entry.json
}

/** Total bytes, file count and bytes per part of a list of fetched files. */
function tally(entries) {
	const parts = {};
	for (const e of entries) parts[partOf(e.path)] = (parts[partOf(e.path)] ?? 0) + e.bytes;
	return { total: entries.reduce((n, e) => n + e.bytes, 0), files: entries.length, parts };
}

/** What one finished request cost: its encoded body size (Content-Length when Chromium reports 0, as for worker scripts). */
async function sizeOf(request) {
	const sizes = await request.sizes().catch(() => null);
	const headers = await (await request.response().catch(() => null))?.allHeaders().catch(() => null);
	return {
		path: new URL(request.url()).pathname,
		bytes: sizes?.responseBodySize || Number(headers?.['content-length'] ?? 0),
	};
}

/**
 * A fresh context (empty cache, service worker blocked) with /meklet/ loaded and the network quiet.
 * `fetchedSince()` lists what the page and its workers fetched after that (not its icon); `quiet()`
 * waits until no request has been open for 250 ms.
 */
async function freshSearchPage(browser, base, options = {}) {
	const context = await browser.newContext({ serviceWorkers: 'block', ...options });
	const page = await context.newPage();
	const fetched = [];
	let open = 0;
	let last = performance.now();
	context.on('request', () => {
		open++;
		last = performance.now();
	});
	const done = (request) => {
		open--;
		last = performance.now();
		fetched.push(sizeOf(request));
	};
	context.on('requestfinished', done);
	context.on('requestfailed', done);
	const quiet = async () => {
		while (open > 0 || performance.now() - last < 250) await new Promise((ok) => setTimeout(ok, 25));
	};
	await page.goto(`${base}/meklet/`);
	await quiet();
	const icon = await page.$eval('link[rel~="icon"]', (l) => l.getAttribute('href')).catch(() => null);
	const from = fetched.length;
	const fetchedSince = async () => (await Promise.all(fetched.slice(from))).filter((f) => f.path !== icon);
	return { context, page, quiet, fetchedSince };
}

/**
 * Pagefind on the built site in `dist`: indexes it, serves it on `port`, queries it in Chromium.
 * Returns the quality figures (as evaluate() gives them, plus the same by matched-words order), each
 * query's ranked URLs, the first-query bytes per query (skipped with firstQuery: false) and the
 * query times.
 */
export async function benchPagefind({ dist, queries, port, firstQuery = true }) {
	const tmp = await mkdtemp(join(tmpdir(), 'pagefind-bench-'));
	const out = join(tmp, 'pagefind');
	const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['nav'] });
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	// Every built page but the search page (its hint quotes example queries) and the 404 page.
	const pages = (await readdir(dist, { recursive: true }))
		.filter((f) => f.endsWith('.html') && !['404.html', join('meklet', 'index.html')].includes(f))
		.sort();
	for (const f of pages)
		await index.addHTMLFile({
			url: `/${f.replace(/index\.html$/, '')}`,
			content: await readFile(join(dist, f), 'utf8'),
		});
	await index.writeFiles({ outputPath: out });
	await pagefind.close();
	const server = await serveStatic({
		roots: [
			['/pagefind/', out],
			['/', dist],
		],
		port,
	});
	const browser = await chromium.launch(PLAYWRIGHT_LAUNCH);
	try {
		// Quality and times: one page. The site's CSP has no 'wasm-unsafe-eval' and lists its own
		// scripts only; a site adopting Pagefind would widen it, so the harness bypasses it.
		const { context, page } = await freshSearchPage(browser, server.url, { bypassCSP: true });
		const answers = await page.evaluate(
			async (qs) => {
				const pf = await import('/pagefind/pagefind.js');
				await pf.init();
				const found = [];
				for (const q of qs) {
					const { results } = await pf.search(q);
					const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
					found.push(
						data.map((d) => ({
							url: d.url,
							subs: d.sub_results.map((s) => ({ url: s.url, matches: s.locations.length })),
						})),
					);
				}
				return found;
			},
			queries.map((q) => q.query),
		);
		const byQuery = new Map(queries.map((q, i) => [q.query, answers[i]]));
		const { rows, ranks } = evaluate(queries, (q) => rankedUrls(byQuery.get(q)));
		const byMatches = evaluate(queries, (q) => rankedUrls(byQuery.get(q), true));
		// Times: the typed prefixes once to warm up (chunks loaded, wasm compiled), then timed:
		// search() alone, and search() plus data() of the first 5 results (what a result list shows).
		const typed = typedPrefixes(queries);
		const ms = await page.evaluate(async (qs) => {
			const pf = await import('/pagefind/pagefind.js');
			for (const q of qs) await pf.search(q);
			const search = [];
			const withData = [];
			for (const q of qs) {
				const t0 = performance.now();
				const { results } = await pf.search(q);
				const t1 = performance.now();
				await Promise.all(results.slice(0, 5).map((r) => r.data()));
				search.push(t1 - t0);
				withData.push(performance.now() - t0);
			}
			return { search, withData };
		}, typed);
		await context.close();

		// First-query bytes: a fresh context per query.
		const perQuery = [];
		for (const q of firstQuery ? queries : []) {
			const fresh = await freshSearchPage(browser, server.url, { bypassCSP: true });
			await fresh.page.evaluate(async (query) => {
				const pf = await import('/pagefind/pagefind.js');
				await pf.init();
				const { results } = await pf.search(query);
				await Promise.all(results.slice(0, 5).map((r) => r.data()));
			}, q.query);
			await fresh.quiet();
			perQuery.push(tally(await fresh.fetchedSince()));
			await fresh.context.close();
		}
		return {
			pages: pages.length,
			rows,
			ranks,
			byMatches,
			urls: new Map(queries.map((q) => [q.query, rankedUrls(byQuery.get(q.query))])),
			bytes: { ...stats(perQuery.map((b) => b.total)), perQuery },
			times: { search: stats(ms.search), withData: stats(ms.withData) },
		};
	} finally {
		await browser.close();
		await server.close();
		await rm(tmp, { recursive: true, force: true });
	}
}

/**
 * Our site's first-query bytes, counted in the browser so that it holds for any index layout: a
 * fresh context per query opens `${base}/meklet/`, types the query into the page's search field
 * and waits for the results list (or the "nothing found" block); the bytes are the encoded response
 * bodies of every request made after the page load (the worker, index files, anything).
 */
export async function benchOurFirstQuery({ base, queries }) {
	const browser = await chromium.launch(PLAYWRIGHT_LAUNCH);
	try {
		const perQuery = [];
		for (const q of queries) {
			const { context, page, quiet, fetchedSince } = await freshSearchPage(browser, base);
			await page.waitForSelector('.search-page astro-island:not([ssr])');
			await page.fill('.search-page input[type="search"]', q.query);
			await page.waitForSelector('.search-page .search-results li, .search-page .search-empty');
			await quiet();
			perQuery.push(tally(await fetchedSince()));
			await context.close();
		}
		return { ...stats(perQuery.map((b) => b.total)), perQuery };
	} finally {
		await browser.close();
	}
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const pct = (x) => `${(x * 100).toFixed(0)}%`.padStart(5);
const bytesLine = (b) => `mediāna ${kb(b.median)}, p95 ${kb(b.p95)}, min.–maks. ${kb(b.min)}–${kb(b.max)}`;

/** Prints Pagefind's figures in bench-search's table format, and our first-query bytes beside them. */
export function printPagefind(pf, ours) {
	const ms = (s) =>
		`mediāna ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, maks. ${s.max.toFixed(1)} ms`;
	console.log(
		`Pagefind (${pf.pages} lapas, <main> bez <nav>, Chromium): vaicājums (${pf.times.search.n}, katrs ievadītais prefikss, pēc iesildīšanas) search() ${ms(pf.times.search)}; ar 5 rezultātu data() ${ms(pf.times.withData)}`,
	);
	console.log('  daļa      joma            n  hit@1 hit@3   MRR');
	for (const r of pf.rows)
		console.log(
			`  ${r.part.padEnd(9)} ${r.area.padEnd(14)} ${String(r.n).padStart(3)} ${pct(r.hit1)} ${pct(r.hit3)}  ${r.mrr.toFixed(2)}`,
		);
	const overall = pf.byMatches.rows.filter((r) => r.area === 'kopā');
	console.log(
		`  apakšrezultāti pēc atrasto vārdu skaita (kā Pagefind UI): ${overall.map((r) => `${r.part} hit@1 ${pct(r.hit1).trim()} hit@3 ${pct(r.hit3).trim()} MRR ${r.mrr.toFixed(2)}`).join('; ')}`,
	);
	const must = [...pf.ranks].filter(([q]) => q.mustFind);
	const missed = must.filter(([q, r]) => r === 0 || r > (q.first ? 1 : 3));
	console.log(
		`  obligātie (top 3): ${must.length - missed.length}/${must.length}` +
			(missed.length ? `; garām: ${missed.map(([q, r]) => `"${q.query}" (${r || '—'})`).join(', ')}` : ''),
	);
	const out = [...pf.ranks].filter(([, r]) => r === 0 || r > 3).map(([q, r]) => `"${q.query}" (${r || '—'})`);
	if (out.length) console.log(`  ārpus top 3: ${out.join(', ')}`);
	if (!pf.bytes.n) return;
	console.log('  pirmā vaicājuma baiti (svaiga lapa /meklet/, gzip ķermeņi, bez galvenēm):');
	console.log(`    Pagefind: ${bytesLine(pf.bytes)}`);
	const parts = {};
	for (const b of pf.bytes.perQuery)
		for (const [k, v] of Object.entries(b.parts)) parts[k] = (parts[k] ?? 0) + v;
	console.log(
		`      vidēji: ${Object.entries(parts)
			.sort((a, b) => b[1] - a[1])
			.map(([k, v]) => `${k} ${kb(v / pf.bytes.perQuery.length)}`)
			.join(', ')}`,
	);
	if (ours)
		console.log(
			`    mūsu meklētājs: ${bytesLine(ours)}; faili ${stats(ours.perQuery.map((b) => b.files)).median} (mediāna)`,
		);
}
