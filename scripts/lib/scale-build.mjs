// Build time at 1× and at 10× synthetic content, for `npm run bench`. Both builds run in a temporary copy of
// the project (tracked files copied, node_modules hard-linked without its caches), so neither has a warm
// cache. 10×: every lesson is copied 9 more times into new courses `<course>-kopija<k>` with the same modules;
// the copies keep their links to the original lessons, which exist, so the build's link checks still hold.
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const COPIES = 9;

/** Copies the tracked files and hard-links node_modules (its caches left out: the build rewrites them in place). */
function copyProject(root) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
	const files = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).stdout.split('\0');
	for (const f of files.filter(Boolean)) {
		if (!existsSync(join(root, f))) continue;
		mkdirSync(dirname(join(dir, f)), { recursive: true });
		copyFileSync(join(root, f), join(dir, f));
	}
	const cp = spawnSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
	if (cp.status !== 0) throw new Error(`cp -al node_modules: ${cp.stderr}`);
	for (const cache of ['.astro', '.vite', '.vite-temp', '.vitest-cache'])
		rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	return dir;
}

const countPages = (d) =>
	readdirSync(d).reduce(
		(n, f) =>
			statSync(join(d, f)).isDirectory() ? n + countPages(join(d, f)) : n + (f.endsWith('.html') ? 1 : 0),
		0,
	);

/** A clean `astro build` in dir, timed by the wall clock. */
function build(dir) {
	for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
		rmSync(join(dir, d), { recursive: true, force: true });
	const load = loadavg()[0];
	const t0 = performance.now();
	const r = spawnSync('npx', ['astro', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0) {
		const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-12).join('\n');
		return { seconds, load, error: `exit ${r.status ?? r.signal}\n${tail}` };
	}
	return { seconds, load, pages: countPages(join(dir, 'dist')) };
}

/** Adds COPIES copies of every course and its lessons; returns the number of lessons afterwards. */
function multiplyContent(dir) {
	const courses = readdirSync(join(dir, 'content/courses'))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.slice(0, -'.yaml'.length));
	const lessonFiles = (course) =>
		readdirSync(join(dir, 'content/lessons', course)).filter((f) => f.endsWith('.mdx'));
	const newIds = [];
	for (const course of courses)
		for (let k = 1; k <= COPIES; k++) {
			const id = `${course}-kopija${k}`;
			newIds.push(id);
			const yaml = readFileSync(join(dir, 'content/courses', `${course}.yaml`), 'utf8')
				.replace(/^title: (.*)$/m, (_, t) => `title: '${t.replace(/'/g, "''")} (kopija ${k})'`)
				.replace(/^order: (\d+)$/m, (_, o) => `order: ${Number(o) + 10 * k}`);
			writeFileSync(join(dir, 'content/courses', `${id}.yaml`), yaml);
			mkdirSync(join(dir, 'content/lessons', id));
			for (const f of lessonFiles(course)) {
				const mdx = readFileSync(join(dir, 'content/lessons', course, f), 'utf8');
				if (!mdx.includes(`\ncourse: ${course}\n`))
					throw new Error(`${course}/${f}: no "course: ${course}" line`);
				writeFileSync(
					join(dir, 'content/lessons', id, f),
					mdx.replace(`\ncourse: ${course}\n`, `\ncourse: ${id}\n`),
				);
			}
		}
	// Course ids are a closed list in the lesson schema.
	const idsFile = join(dir, 'src/lib/content/courses.ts');
	const ts = readFileSync(idsFile, 'utf8');
	const patched = ts.replace(
		/(COURSE_IDS = \[[^\]]*)\]/,
		(_, list) => `${list}, ${newIds.map((i) => `'${i}'`).join(', ')}]`,
	);
	if (patched === ts) throw new Error('COURSE_IDS not found in src/lib/content/courses.ts');
	writeFileSync(idsFile, patched);
	return courses.reduce((n, c) => n + lessonFiles(c).length, 0) * (COPIES + 1);
}

/** Builds a temporary copy at 1× and at 10× content and prints pages, seconds and the ratio. */
export function printScaleBuild(root) {
	const say = (s) => process.stderr.write(`${s}\n`);
	let dir = null;
	try {
		say('mērogs: kopēju projektu…');
		dir = copyProject(root);
		say(`mērogs: būvēju 1× (${dir})…`);
		const one = build(dir);
		const lessons = multiplyContent(dir);
		say(`mērogs: būvēju 10× (${lessons} nodarbības)…`);
		const ten = build(dir);
		const line = (label, r) =>
			`  ${label}: ` +
			(r.error
				? `neizdevās pēc ${r.seconds.toFixed(1)} s — ${r.error}`
				: `${r.pages} lapas, ${r.seconds.toFixed(1)} s`) +
			` (mašīnas slodze sākumā ${r.load.toFixed(1)})`;
		console.log(
			`\nBūvēšanas laiks (tīra būvēšana pagaidu kopijā, sienas pulkstenis; ${cpus().length} kodoli, kopīgi ar citiem)`,
		);
		console.log(line('1× saturs', one));
		console.log(line(`10× nodarbību (${lessons}; pārējais saturs 1×)`, ten));
		if (!one.error && !ten.error)
			console.log(
				`  attiecība 10× / 1×: ${(ten.seconds / one.seconds).toFixed(2)} (lapas ${(ten.pages / one.pages).toFixed(2)}×)`,
			);
	} catch (e) {
		console.log(`\nBūvēšanas laiks 1× / 10×: neizdevās — ${e.message}`);
	} finally {
		if (dir) rmSync(dir, { recursive: true, force: true });
	}
}
