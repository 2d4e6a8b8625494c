// Lighthouse mobile scores per page type for `npm run bench`: the npm `lighthouse` package, its default
// (mobile, simulated throttling) config, one Debian Chromium for all runs. Prints the median of the runs
// with its range; the goal is printed, never asserted.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const LIGHTHOUSE_VERSION = JSON.parse(
	readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url), 'utf8'),
).version;

/** Category id, column title, goal. */
const CATEGORIES = [
	['performance', 'Veiktsp.', 95],
	['accessibility', 'Pieejam.', 100],
	['best-practices', 'Prakse', 100],
	['seo', 'SEO', 100],
];
/** Audit id, column title, how a value prints. */
const METRICS = [
	['largest-contentful-paint', 'LCP s', (v) => (v / 1000).toFixed(1)],
	['total-blocking-time', 'TBT ms', (v) => v.toFixed(0)],
	['cumulative-layout-shift', 'CLS', (v) => v.toFixed(3)],
];

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** "median (min–max)", or just the value when all runs agree; "–" when no run gave one. */
function cell(values, fmt) {
	const xs = values.filter((v) => typeof v === 'number');
	if (!xs.length) return '–';
	const [lo, mid, hi] = [Math.min(...xs), median(xs), Math.max(...xs)].map(fmt);
	return lo === hi ? mid : `${mid} (${lo}–${hi})`;
}

/** The audits of a category that did not pass in one run (for performance: scored below 0.9). */
function failingAudits(lhr, categoryId) {
	const limit = categoryId === 'performance' ? 0.9 : 1;
	return lhr.categories[categoryId].auditRefs
		.map((ref) => lhr.audits[ref.id])
		.filter((a) => typeof a.score === 'number' && a.score < limit)
		.map((a) => a.id);
}

/**
 * Runs Lighthouse `runs` times on each page and prints the table.
 * @param {string} origin e.g. http://127.0.0.1:4361
 * @param {[string, string][]} pages [page type, path]
 */
export async function printLighthouse(origin, pages, runs = 3) {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_FLAGS,
		logLevel: 'silent',
	});
	const rows = [];
	const errors = [];
	const benchmarkIndex = [];
	const load = [];
	const t0 = Date.now();
	try {
		for (const [p, [name, path]] of pages.entries()) {
			// failed[i]: the audits of category i that failed in a run scoring below its goal
			const row = {
				name,
				scores: CATEGORIES.map(() => []),
				metrics: METRICS.map(() => []),
				failed: CATEGORIES.map(() => new Set()),
			};
			for (let r = 1; r <= runs; r++) {
				const elapsed = ((Date.now() - t0) / 1000).toFixed(0);
				process.stderr.write(`lighthouse ${p + 1}/${pages.length} ${name} (${r}/${runs}), ${elapsed} s\n`);
				const lhr = await lighthouse(origin + path, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES.map(([id]) => id),
				}).then(
					(result) => result?.lhr ?? { runtimeError: { message: 'no result' } },
					(e) => ({ runtimeError: { message: e.message } }),
				);
				if (lhr.runtimeError) {
					errors.push(`${name} ${path} (${r}): ${lhr.runtimeError.message}`);
					continue;
				}
				benchmarkIndex.push(lhr.environment.benchmarkIndex);
				load.push(loadavg()[0]);
				CATEGORIES.forEach(([id, , goal], i) => {
					const score = lhr.categories[id].score;
					if (score === null) return;
					row.scores[i].push(Math.round(score * 100));
					if (Math.round(score * 100) < goal) failingAudits(lhr, id).forEach((a) => row.failed[i].add(a));
				});
				METRICS.forEach(([id], i) => row.metrics[i].push(lhr.audits[id].numericValue));
			}
			rows.push(row);
		}
	} finally {
		await chrome.kill();
	}

	const w = 16;
	const pad = (s) => ` ${s.padStart(w)}`;
	console.log(
		`\nLighthouse ${LIGHTHOUSE_VERSION} (mobilais, simulēta palēnināšana), mediāna no ${runs} (diapazons)`,
	);
	console.log(
		'Lapas tips'.padEnd(22) +
			CATEGORIES.map(([, title]) => pad(title)).join('') +
			METRICS.map(([, title]) => pad(title)).join(''),
	);
	for (const row of rows)
		console.log(
			row.name.padEnd(22) +
				row.scores.map((v) => pad(cell(v, (x) => x.toFixed(0)))).join('') +
				row.metrics.map((v, i) => pad(cell(v, METRICS[i][2]))).join(''),
		);
	console.log(
		`Mērķis: veiktspēja ≥ 95, pārējās 100 (tikai drukāts). ${pages.length} lapas × ${runs}, ` +
			`${((Date.now() - t0) / 1000).toFixed(0)} s. Mašīna: benchmarkIndex ${cell(benchmarkIndex, (x) => x.toFixed(0))}, ` +
			`slodze (1 min) ${cell(load, (x) => x.toFixed(1))} — TBT un veiktspēja aug ar slodzi.`,
	);
	// Where a category's median misses its goal: the audits that failed, most widespread first.
	CATEGORIES.forEach(([id, , goal], i) => {
		const below = rows.filter((row) => row.scores[i].length && median(row.scores[i]) < goal);
		if (!below.length) return;
		const where = new Map();
		for (const row of below) for (const a of row.failed[i]) where.set(a, [...(where.get(a) ?? []), row.name]);
		console.log(`Neizpildītie auditi lapās, kur „${id}” mediāna < ${goal} (${below.length}):`);
		for (const [audit, names] of [...where].sort((a, b) => b[1].length - a[1].length))
			console.log(
				`  ${audit} (${names.length}): ${names.length === below.length ? 'visās' : names.join(', ')}`,
			);
	});
	for (const e of errors) console.log(`Lighthouse kļūda: ${e}`);
}
