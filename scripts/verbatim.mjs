#!/usr/bin/env node
// npm run check:verbatim — fails on any run of 12+ words that content/ or src/ shares with a
// source text, except runs inside a title listed in scripts/verbatim-allowed.json (legal and
// document titles may be quoted exactly; sentences may not).
// The source texts come from SOURCES_DIR, else ../shared/seeds (scripts/lib/sources.mjs). Without
// them the check prints one line saying it was skipped and why; with CI=true it fails instead.
//   usage: node scripts/verbatim.mjs [--min N] [PATH]...   (default: content src)
//          node scripts/verbatim.mjs --preflight   (.ci/run: fail early on CI without sources)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { findSourcesDir } from './lib/sources.mjs';
import { isAllowedRun, sharedRuns, sourceShingles, verbatimDecision } from './lib/verbatim.mjs';

const args = process.argv.slice(2);
let min = 12;
let preflight = false;
const paths = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--min') min = Number(args[++i]);
	else if (args[i] === '--preflight') preflight = true;
	else paths.push(args[i]);
}
if (!Number.isInteger(min) || min < 5) {
	console.error('verbatim: --min takes a whole number of at least 5');
	process.exit(2);
}
if (paths.length === 0) paths.push('content', 'src');

const decision = verbatimDecision(findSourcesDir(), process.env);
if (preflight) {
	// Only the failure is printed here; the skip line is printed once, when npm test reaches it.
	if (decision.action === 'fail') console.error(decision.message);
	process.exit(decision.action === 'fail' ? 1 : 0);
}
if (decision.action !== 'run') {
	console.log(decision.message);
	process.exit(decision.action === 'fail' ? 1 : 0);
}

const sources = readdirSync(decision.dir)
	.filter((f) => /^00\d_[0-9a-f]+\.txt$/.test(f))
	.sort()
	.map((name) => ({ name, text: readFileSync(join(decision.dir, name), 'utf8') }));
const shingles = sourceShingles(sources, min);
const allowed = JSON.parse(readFileSync(new URL('./verbatim-allowed.json', import.meta.url), 'utf8')).titles;

const exts = new Set(['.md', '.mdx', '.astro', '.ts', '.tsx', '.json', '.yaml', '.yml']);
const files = [];
const walk = (p) => {
	if (!existsSync(p) || /(^|\/)(node_modules|dist)(\/|$)/.test(p)) return;
	if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
	else if (exts.has(extname(p))) files.push(p);
};
paths.forEach(walk);

let found = 0;
let bad = 0;
for (const file of files) {
	for (const r of sharedRuns(readFileSync(file, 'utf8'), shingles, min)) {
		found++;
		const ok = isAllowedRun(r.run, allowed);
		if (!ok) bad++;
		const shown = r.run.length > 160 ? `${r.run.slice(0, 160)}…` : r.run;
		console.log(
			`${ok ? 'title (ok)  ' : 'NOT ALLOWED '} ${relative('.', file)}:${r.line}  ${r.length} words shared with ${r.source}: "${shown}"`,
		);
	}
}
console.log(
	`verbatim: ${found} shared run(s) of ${min}+ words in ${files.length} file(s) against ${sources.length} source(s) in ${decision.dir}; ${bad} outside the allowed titles`,
);
if (bad) process.exitCode = 1;
