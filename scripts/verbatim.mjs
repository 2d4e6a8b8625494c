#!/usr/bin/env node
// Runs ../shared/tools/verbatim-check.mjs over content/ and src/ and fails on any 12+-word run
// shared with a source, except runs inside a title listed in scripts/verbatim-allowed.json
// (legal and document titles may be quoted exactly; sentences may not).
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

const tool = '../shared/tools/verbatim-check.mjs';
if (!existsSync(tool)) {
	console.error(`verbatim: ${tool} not found — ../shared must sit beside the project`);
	process.exit(1);
}
const norm = (s) =>
	s
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
const allowed = JSON.parse(
	readFileSync(new URL('./verbatim-allowed.json', import.meta.url), 'utf8'),
).titles.map(norm);
const out = execFileSync(process.execPath, [tool, 'content', 'src'], { encoding: 'utf8' });
const lines = out.trim().split('\n');
const summary = lines.pop();
const runs = lines.map((l) => ({ line: l, text: /"(.*?)…?"$/.exec(l)?.[1] ?? '' }));
const bad = runs.filter((r) => !allowed.some((t) => t.includes(norm(r.text))));
for (const r of runs) console.log(`${bad.includes(r) ? 'NOT ALLOWED ' : 'title (ok)  '} ${r.line}`);
console.log(summary);
console.log(`verbatim: ${bad.length} run(s) outside the allowed titles`);
if (bad.length) process.exitCode = 1;
