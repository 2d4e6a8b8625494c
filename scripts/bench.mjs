#!/usr/bin/env node
// Prints size and speed figures; asserts nothing (STYLE.md rule 23).
// Usage: npm run bench            (builds first)
//        npm run bench -- --no-build   (measure the existing dist/)
//        … --no-lighthouse   (skip the Lighthouse table, ~20 min)   … --lighthouse-only   (only that table)
//        … --no-scale   (skip the build times at 1× and 10× content, several minutes)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const dist = 'dist';
let buildMs = null;
if (!process.argv.includes('--no-build')) {
	const t0 = performance.now();
	const r = spawnSync('npx', ['astro', 'build'], {
		stdio: 'ignore',
		shell: false,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	buildMs = performance.now() - t0;
	if (r.status !== 0) {
		console.error('bench: build failed');
		process.exit(1);
	}
}
if (!existsSync(dist)) {
	console.error('bench: no dist/');
	process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' kB';
const read = (p) => readFileSync(join(dist, p));

/** All JS a page loads before any interaction: scripts, modulepreloads, island components and renderers, and their static imports. */
function jsOf(html) {
	const seeds = new Set();
	for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) seeds.add(m[1]);
	for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) seeds.add(m[1]);
	for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) seeds.add(m[1]);
	for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
		for (const i of m[1].matchAll(/(?:import\(|from\s*)["'](\/[^"']+\.js)["']/g)) seeds.add(i[1]);
	const seen = new Set();
	const visit = (url) => {
		if (seen.has(url) || !existsSync(join(dist, url))) return;
		seen.add(url);
		const code = read(url).toString();
		for (const m of code.matchAll(
			/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^"'()]*?from\s*)?["']([^"']+\.js)["']/g,
		))
			visit(m[1].startsWith('.') ? posix.join(posix.dirname(url), m[1]) : m[1]);
	};
	[...seeds].forEach(visit);
	let inlineJs = 0;
	for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g))
		inlineJs += Buffer.byteLength(m[1]);
	return { files: [...seen], gzip: [...seen].reduce((n, u) => n + gz(read(u)), 0), inlineJs };
}
function cssOf(html) {
	let total = 0;
	for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) total += gz(read(m[1]));
	for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) total += gz(Buffer.from(m[1]));
	return total;
}

const firstDir = (base) => {
	const d = join(dist, base);
	if (!existsSync(d)) return null;
	const sub = readdirSync(d).find((n) => statSync(join(d, n)).isDirectory());
	return sub ? `${base}${sub}/` : null;
};
const lesson = firstDir('kursi/vardarbiba/');
const scenario = firstDir('scenariji/');
const types = [
	['sākumlapa', '/'],
	['kursa pārskats', '/kursi/vardarbiba/'],
	['nodarbība', lesson && `/${lesson}`],
	['algoritms', '/riki/algoritms/policijas-zinojums/'],
	['drošības plāns', '/riki/drosibas-plans/'],
	['gadījuma posmi', '/riki/gadijuma-vadiba/'],
	['meklēšana', '/meklet/'],
	['progress', '/progress/'],
	['resursu katalogs', '/resursi/'],
	['resurss', '/resursi/krizes-talrunis-116123/'],
	['klienta kartīte', '/resursi/druka/klientam/'],
	['scenāriju saraksts', '/scenariji/'],
	['scenārijs', scenario && `/${scenario}`],
	['vadītāja režīms', scenario && `/${scenario}vaditajam/`],
	['izdale', scenario && `/${scenario}izdale/`],
	['atbilžu lapa', scenario && `/${scenario}atbildes/`],
	['projektora logs', scenario && `/${scenario}projektors/`],
].filter(([, p]) => p && existsSync(join(dist, p, 'index.html')));
if (process.argv.includes('--lighthouse-only'))
	await benchEnd({ lighthouseOnly: true }).then(() => process.exit(0));

console.log('\nLapas tips (gzip)          HTML        CSS         JS   JS faili');
for (const [name, path] of types) {
	const html = read(join(path, 'index.html')).toString();
	const js = jsOf(html);
	console.log(
		`${name.padEnd(22)} ${kb(gz(Buffer.from(html)))} ${kb(cssOf(html))} ${kb(js.gzip)}   ${js.files.length} (+${js.inlineJs} B inline)`,
	);
}

const { readBuiltBundle } = await import('../src/lib/search/bundle-files.ts');
const bundle = readBuiltBundle(dist);
if (bundle) {
	const sizes = (dir, names) => names.map((n) => gz(read(join(dir, n))));
	const shards = sizes('search', bundle.core.shards.files);
	const frags = sizes('search', bundle.core.fragments);
	const sum = (xs) => xs.reduce((a, b) => a + b, 0);
	console.log(
		`\nMeklēšanas indekss (gzip): kodols ${kb(gz(read('search/core.json'))).trim()}, ${shards.length} terminu daļas ${kb(sum(shards)).trim()} (lielākā ${kb(Math.max(...shards)).trim()}), ${frags.length} fragmenti ${kb(sum(frags)).trim()}; ${bundle.core.kinds.length} ieraksti`,
	);
	const { loadEngine } = await import('../src/lib/search/engine.ts');
	const t0 = performance.now();
	const searcher = loadEngine(bundle);
	const loadMs = performance.now() - t0;
	const queries = [
		'pasnavibas risks',
		'krizes dzivoklis',
		'drosibas plans',
		'PAPV',
		'3 darba dienas',
		'cilveku tirdznieciba',
		'bāriņtiesa',
		'supervizija',
		'valsts policija',
		'afekta regulacija',
	];
	const times = [];
	for (let round = 0; round < 5; round++)
		for (const q of queries) {
			const s = performance.now();
			searcher.search(q, 10);
			times.push(performance.now() - s);
		}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)];
	console.log(
		`Indeksa ielāde atmiņā: ${loadMs.toFixed(1)} ms; vaicājums: mediāna ${median.toFixed(2)} ms, maks. ${times[times.length - 1].toFixed(2)} ms (${queries.length} vaicājumi × 5; pirmajā reizē katram arī tā daļu indekss)`,
	);
}

// The service worker: what it keeps on the first visit and from the second page view on, and the
// "save everything" download (issue 12, part 7).
if (existsSync(join(dist, 'sw.js'))) {
	const sw = read('sw.js').toString();
	const list = (name) => JSON.parse(new RegExp(`const ${name} = (\\[.*?\\]);`, 's').exec(sw)[1]);
	const fileOf = (u) => (u.endsWith('/') ? join(u, 'index.html') : u);
	const total = (entries) => entries.reduce((n, e) => n + gz(read(fileOf(e.url))), 0);
	const first = list('PRECACHE');
	const later = list('LATER');
	const search = later.filter((e) => e.url.startsWith('/search/'));
	console.log(
		`\nService worker, pirmais apmeklējums: ${first.length} faili, gzip ${kb(total(first)).trim()} (${first.map((e) => e.url).join(', ')})`,
	);
	console.log(
		`No otrās lapas skatījuma (fonā): ${later.length} faili, gzip ${kb(total(later)).trim()} (no tā meklēšanas indekss ${kb(total(search)).trim()})`,
	);
	if (existsSync(join(dist, 'offline-manifest.json'))) {
		const m = JSON.parse(read('offline-manifest.json').toString());
		console.log(
			`„Saglabāt visu”: ${m.pages.length} lapas + ${m.files.length} faili, ${kb(m.bytes).trim()} (nesaspiests)`,
		);
	}
}

const pageCount = (function count(d) {
	return readdirSync(d).reduce(
		(n, f) =>
			statSync(join(d, f)).isDirectory() ? n + count(join(d, f)) : n + (f.endsWith('.html') ? 1 : 0),
		0,
	);
})(dist);
console.log(
	`\nLapas: ${pageCount}` + (buildMs != null ? `; būvēšanas laiks: ${(buildMs / 1000).toFixed(1)} s` : ''),
);

// Issue 12, part 6: the last recorded test-suite times, the JS count checked against Chromium, Lighthouse
// per page type, and the build time at 1× and 10× content. Each piece lives in scripts/lib/.
async function benchEnd({ lighthouseOnly = false } = {}) {
	const arg = (flag) => process.argv.includes(flag);
	if (!lighthouseOnly) {
		const times = existsSync('.bench/suite-times.json')
			? JSON.parse(readFileSync('.bench/suite-times.json', 'utf8'))
			: null;
		if (!times) console.log('\nTestu komplekta laiks: nav ierakstīts (to ieraksta `npm test`).');
		else {
			const state = times.complete ? '' : `, apstājās posmā ${times.failedStage}`;
			console.log(`\nTestu komplekta laiks (pēdējais \`npm test\`: ${times.date}, ${times.commit}${state})`);
			for (const t of times.stages)
				console.log(`  ${t.stage.padEnd(16)} ${t.seconds.toFixed(1).padStart(7)} s`);
			console.log(`  ${'kopā'.padEnd(16)} ${times.totalSeconds.toFixed(1).padStart(7)} s`);
		}
	}
	const lessons = readdirSync(join(dist, 'kursi'))
		.flatMap((c) =>
			(statSync(join(dist, 'kursi', c)).isDirectory() ? readdirSync(join(dist, 'kursi', c)) : []).map(
				(l) => `/kursi/${c}/${l}/`,
			),
		)
		.filter((p) => existsSync(join(dist, p, 'index.html')))
		.map((p) => [p, statSync(join(dist, p, 'index.html')).size])
		.sort((a, b) => a[1] - b[1]);
	const pages = types.flatMap(([name, path]) => {
		if (path === '/meklet/') return [[name, '/meklet/?q=pasnavibas%20risks']];
		if (name !== 'nodarbība' || !lessons.length) return [[name, path]];
		const typical = lessons[Math.floor(lessons.length / 2)][0];
		const heaviest = lessons[lessons.length - 1][0];
		return [
			[name, path],
			['tipiska nodarbība', typical],
			['smagākā nodarbība', heaviest],
		].filter(([, p], i, all) => all.findIndex(([, q]) => q === p) === i);
	});
	const { startPreview } = await import('./lib/preview.mjs');
	const server = await startPreview(4361);
	try {
		if (!lighthouseOnly) {
			const { printFetchedJs } = await import('./lib/fetched-js.mjs');
			const js = pages.filter(([name]) => ['nodarbība', 'algoritms', 'resursu katalogs'].includes(name));
			await printFetchedJs(server.origin, js, jsOf, dist);
		}
		if (lighthouseOnly || !arg('--no-lighthouse')) {
			const { printLighthouse } = await import('./lib/lighthouse.mjs');
			await printLighthouse(server.origin, pages);
		}
	} finally {
		server.stop();
	}
	if (!lighthouseOnly && !arg('--no-scale')) {
		const { printScaleBuild } = await import('./lib/scale-build.mjs');
		printScaleBuild(process.cwd());
	}
}
await benchEnd();
