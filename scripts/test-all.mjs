#!/usr/bin/env node
// `npm test`: the stages below in this order, each as `npm run <stage>` with inherited output; stops at the
// first failing stage with its exit code. Prints each stage's wall time at the end and records them in
// .bench/suite-times.json (git-ignored), which `npm run bench` prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const stages = [
	'test:unit',
	'check:types',
	'lint',
	'check:verbatim',
	'build',
	'test:search',
	'check:content',
	'test:e2e',
];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const times = [];
let failed = null;
for (const stage of stages) {
	const t0 = performance.now();
	const r = spawnSync(npm, ['run', stage], { stdio: 'inherit' });
	times.push({ stage, seconds: Math.round((performance.now() - t0) / 100) / 10 });
	if (r.status !== 0) {
		failed = { stage, code: r.status ?? 1 };
		break;
	}
}

const total = Math.round(times.reduce((n, t) => n + t.seconds, 0) * 10) / 10;
console.log('\nnpm test — posmu laiki');
for (const t of times) console.log(`  ${t.stage.padEnd(16)} ${t.seconds.toFixed(1).padStart(7)} s`);
console.log(
	`  ${'kopā'.padEnd(16)} ${total.toFixed(1).padStart(7)} s${failed ? ` (apstājās: ${failed.stage})` : ''}`,
);

const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
mkdirSync('.bench', { recursive: true });
writeFileSync(
	'.bench/suite-times.json',
	JSON.stringify(
		{
			date: new Date().toISOString(),
			commit: git.status === 0 ? git.stdout.trim() : null,
			complete: !failed,
			failedStage: failed?.stage ?? null,
			stages: times,
			totalSeconds: total,
		},
		null,
		'\t',
	) + '\n',
);
process.exit(failed ? failed.code : 0);
