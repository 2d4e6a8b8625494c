#!/usr/bin/env node
// Post-build integrity check of dist/: internal links and anchors, requests to other origins,
// lessons without a visible source, document codes or line numbers in reading text, and HTML validity (Nu HTML Checker). Reports everything,
// then fails once (STYLE.md rule 20).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { codesInReadingText, isLearnerPage } from './lib/reading-text.mjs';

const dist = 'dist';
if (!existsSync(dist)) {
	console.error('check-dist: dist/ is missing — run `npm run build` first');
	process.exit(1);
}
const files = [];
const walk = (d) => {
	for (const n of readdirSync(d)) {
		const p = join(d, n);
		if (statSync(p).isDirectory()) walk(p);
		else files.push(p);
	}
};
walk(dist);
const html = files.filter((f) => f.endsWith('.html'));
const problems = new Map();
const report = (kind, msg) => {
	if (!problems.has(kind)) problems.set(kind, []);
	problems.get(kind).push(msg);
};

const idsOf = new Map();
const textOf = new Map();
for (const f of html) {
	const text = readFileSync(f, 'utf8');
	textOf.set(f, text);
	idsOf.set(f, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
}
const pageFile = (urlPath) => {
	const clean = decodeURI(urlPath.split('?')[0]);
	if (clean.endsWith('/')) return join(dist, clean, 'index.html');
	if (/\.[a-z0-9]+$/i.test(clean)) return join(dist, clean);
	return join(dist, clean, 'index.html');
};

for (const f of html) {
	const text = textOf.get(f);
	const page =
		'/' +
		relative(dist, f)
			.replace(/index\.html$/, '')
			.replace(/\\/g, '/');
	// Anything the browser would fetch on its own must come from this origin.
	const fetched = [
		...text.matchAll(/<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\ssrc="([^"]+)"/g),
		...text.matchAll(/<link\b[^>]*\shref="([^"]+)"/g),
		...text.matchAll(/url\((['"]?)(https?:[^)'"]+)\1\)/g),
	].map((m) => m[2] ?? m[1]);
	for (const url of fetched)
		if (/^(https?:)?\/\//.test(url)) report('Pieprasījums uz citu izcelsmi', `${page}: ${url}`);
	for (const m of text.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
		const href = m[1].replace(/&amp;/g, '&');
		if (/^(https?:|mailto:|tel:)/.test(href)) continue;
		const [path, hash] = href.split('#');
		const target = path ? pageFile(path.startsWith('/') ? path : join(dirname(page + 'x'), path)) : f;
		if (!existsSync(target)) {
			report('Saite uz neesošu lapu', `${page} → ${href}`);
			continue;
		}
		if (hash && !idsOf.get(target)?.has(decodeURIComponent(hash)))
			report('Saite uz neesošu enkuru', `${page} → ${href}`);
	}
	if (
		/^\/kursi\/[^/]+\/[^/]+\/$/.test(page) &&
		!/<section class="source-box[^"]*"[^>]*>[\s\S]*?<li>/.test(text)
	)
		report('Nodarbībai nav redzama avota', page);
	if (isLearnerPage(page))
		for (const hit of codesInReadingText(text))
			report('Dokumenta kods vai rindas numurs lasāmajā tekstā', `${page}: „…${hit}…”`);
}

// Nu HTML Checker over every page (errors only).
try {
	const require = createRequire(import.meta.url);
	const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
	execFileSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', dist], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
} catch (e) {
	const out = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
	if (out)
		for (const line of out.split('\n'))
			report('HTML validācija (vnu)', line.replace(process.cwd() + '/', ''));
	else report('HTML validācija (vnu)', String(e.message));
}

let count = 0;
for (const [kind, list] of problems) {
	console.log(`\n${kind} (${list.length}):`);
	for (const m of list) console.log(`  - ${m}`);
	count += list.length;
}
console.log(`\ncheck-dist: ${html.length} lapas pārbaudītas, ${count} problēmas.`);
if (count) process.exitCode = 1;
