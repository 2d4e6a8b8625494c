#!/usr/bin/env node
// `npm run bench:search`: how well and how fast the site search finds what practitioners type.
// Prints, never fails. Needs a build (dist/search/).
//  - hit@1, hit@3 and MRR per area, tuned and held-out parts (tests/search/queries.json);
//  - fuse.js (the old engine) against the inverted index (MiniSearch), at 1× and at 10× content
//    (course A's lesson records copied ten times over), with index bytes and query times;
//  - the split index: what a first query fetches (core, its term shards, its results' fragments).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { createSearcher } from '../src/lib/search/query.ts';
import {
	buildSearchBundle,
	bundleFiles,
	bundleRecords,
	createLazyEngine,
	loadEngine,
} from '../src/lib/search/engine.ts';
import { readBuiltBundle } from '../src/lib/search/bundle-files.ts';
import { evaluate } from '../src/lib/search/evaluate.ts';
import { toIndexed } from '../src/lib/search/index-records.ts';

const built = readBuiltBundle('dist');
if (!built) {
	console.error('bench:search: dist/search/core.json is missing — run `npm run build` first');
	process.exit(1);
}
const { synonyms } = built.core;
const records = bundleRecords(built).map(({ i: _i, ...r }) => r);
const indexed = toIndexed(records, synonyms);
// The best bets as the build compiled them, back to URLs for rebuilding at 10×.
const bets = built.core.bets.map((b) => ({ when: b.when, show: b.show.map((i) => records[i].url) }));
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8'));

/** Course A's lesson records copied `times` times (new ids and URLs), plus everything else. */
function scaled(records, times) {
	const lessons = records.filter((r) => r.kind === 'lesson');
	const out = [...records];
	for (let c = 1; c < times; c++)
		for (const r of lessons)
			out.push({ ...r, id: `kopija${c}/${r.id}`, url: r.url.replace('/kursi/', `/kursi/kopija${c}-`) });
	return out;
}

const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
const pct = (x) => `${(x * 100).toFixed(0)}%`.padStart(5);
const engines = {
	'fuse.js': {
		bytes: (recs) => Buffer.from(JSON.stringify(recs)),
		load: (buf) => {
			const s = createSearcher(JSON.parse(buf.toString()));
			return (q) => s.search(q, 10);
		},
	},
	MiniSearch: {
		bytes: (recs) => Buffer.from(JSON.stringify(buildSearchBundle(recs, bets, synonyms))),
		load: (buf) => {
			const e = loadEngine(JSON.parse(buf.toString()));
			return (q) => e.search(q, 10);
		},
	},
};

// Every second prefix of every query, as a user types it (one search per debounced pause).
const typed = queries.flatMap(({ query }) =>
	[...query].map((_, i) => query.slice(0, i + 1)).filter((s, i) => s.trim().length >= 2 && i % 2 === 1),
);
// fuse.js scans every record, so at 10× only a sample of the prefixes is timed.
const sample = typed.filter((_, i) => i % 4 === 0);

console.log(
	`Meklēšana: ${queries.length} vaicājumi (${queries.filter((q) => q.heldOut).length} atlikti), ${cpus().length} kodoli, slodze ${loadavg()
		.map((x) => x.toFixed(1))
		.join(' / ')}\n`,
);
// BENCH_ENGINES=MiniSearch skips the slow fuse.js runs.
const only = process.env.BENCH_ENGINES?.split(',');
for (const [name, engine] of Object.entries(engines)) {
	if (only && !only.includes(name)) continue;
	for (const times of [1, 10]) {
		const recs = scaled(indexed, times);
		const buf = engine.bytes(recs);
		const t0 = performance.now();
		const search = engine.load(buf);
		const loadMs = performance.now() - t0;
		search('silts starts');
		const ms = [];
		for (const q of times === 1 ? typed : name === 'fuse.js' ? sample : typed) {
			const s = performance.now();
			search(q);
			ms.push(performance.now() - s);
		}
		ms.sort((a, b) => a - b);
		const p = (x) => (ms[Math.min(ms.length - 1, Math.floor(ms.length * x))] ?? 0).toFixed(1);
		console.log(
			`${name} ${times}× (${recs.length} ieraksti): indekss ${kb(buf.length)}, gzip ${kb(gzipSync(buf).length)}; ielāde ${loadMs.toFixed(0)} ms; vaicājums (${ms.length}, katrs ievadītais prefikss) mediāna ${p(0.5)} ms, p95 ${p(0.95)} ms, maks. ${ms[ms.length - 1].toFixed(1)} ms`,
		);
		if (times !== 1) continue;
		const { rows, ranks } = evaluate(queries, (q) => search(q).map((r) => r.record.url));
		console.log('  daļa      joma            n  hit@1 hit@3   MRR');
		for (const r of rows)
			console.log(
				`  ${r.part.padEnd(9)} ${r.area.padEnd(14)} ${String(r.n).padStart(3)} ${pct(r.hit1)} ${pct(r.hit3)}  ${r.mrr.toFixed(2)}`,
			);
		const missed = [...ranks].filter(([q, r]) => q.mustFind && (r === 0 || r > (q.first ? 1 : 3)));
		console.log(
			`  obligātie (top 3): ${queries.filter((q) => q.mustFind).length - missed.length}/${queries.filter((q) => q.mustFind).length}` +
				(missed.length ? `; garām: ${missed.map(([q, r]) => `"${q.query}" (${r || '—'})`).join(', ')}` : ''),
		);
		const out = [...ranks].filter(([, r]) => r === 0 || r > 3).map(([q, r]) => `"${q.query}" (${r || '—'})`);
		if (out.length) console.log(`  ārpus top 3: ${out.join(', ')}`);
	}
	console.log('');
}

// What a first query fetches from the split index, per query, gzip (a fresh browser each time):
// the core, the query's term shards and the fragments of the 10 results shown.
const gz = (x) => gzipSync(Buffer.from(JSON.stringify(x)), { level: 9 }).length;
const worker = (() => {
	try {
		const dir = 'dist/_astro';
		const name = readdirSync(dir).find((f) => /^search-worker.*\.js$/.test(f));
		return name ? gzipSync(readFileSync(`${dir}/${name}`), { level: 9 }).length : 0;
	} catch {
		return 0;
	}
})();
for (const times of [1, 10]) {
	const bundle = times === 1 ? built : buildSearchBundle(scaled(indexed, times), bets, synonyms);
	const files = new Map(bundleFiles(bundle));
	const size = new Map([...files].map(([name, data]) => [name, gz(data)]));
	const firsts = [];
	for (const { query } of queries) {
		let bytes = 0;
		const lazy = createLazyEngine(async (name) => {
			bytes += size.get(name) ?? 0;
			return structuredClone(files.get(name));
		});
		await lazy.find(query, 10);
		firsts.push(bytes);
	}
	firsts.sort((a, b) => a - b);
	const at = (x) => kb(firsts[Math.min(firsts.length - 1, Math.floor(firsts.length * x))]);
	const shardSizes = bundle.core.shards.files.map((n) => size.get(n));
	const fragSizes = bundle.core.fragments.map((n) => size.get(n));
	const total = [...size.values()].reduce((a, b) => a + b, 0);
	console.log(
		`Sadalītais indekss ${times}×: kodols ${kb(size.get('core.json'))}, ${shardSizes.length} terminu daļas (lielākā ${kb(Math.max(...shardSizes))}), ${fragSizes.length} lapu fragmenti (lielākais ${kb(Math.max(...fragSizes))}), kopā ${kb(total)} gzip`,
	);
	console.log(
		`  pirmais vaicājums (${firsts.length} vaicājumi, 10 rezultāti): dati mediāna ${at(0.5)}, p95 ${at(0.95)}, maks. ${kb(firsts[firsts.length - 1])}` +
			(worker
				? `; ar meklēšanas worker skriptu (${kb(worker)}) mediāna ${kb(firsts[firsts.length >> 1] + worker)}`
				: ''),
	);
}

// Pagefind on the same built pages, queried in Chromium, and the first-query bytes of both
// (scripts/lib/pagefind-bench.mjs). BENCH_ENGINES without Pagefind skips it (it takes minutes).
if (!only || only.includes('Pagefind')) {
	const { benchPagefind, benchOurFirstQuery, printPagefind, serveStatic } =
		await import('./lib/pagefind-bench.mjs');
	const site = await serveStatic({ roots: [['/', 'dist']], port: 4372 });
	const ours = await benchOurFirstQuery({ base: site.url, queries }).finally(() => site.close());
	printPagefind(await benchPagefind({ dist: 'dist', queries, port: 4371 }), ours);
}
