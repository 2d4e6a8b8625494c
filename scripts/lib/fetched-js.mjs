// Checks bench.mjs's static JS count (jsOf) against the scripts Chromium really requests: after load, and
// after scrolling to the bottom (client:visible islands) and pressing "/" (opens the search).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PLAYWRIGHT_LAUNCH } from './chromium.mjs';

const settle = (page) => page.waitForLoadState('networkidle').then(() => page.waitForTimeout(500));

/** Same-origin .js paths the page requests, before and after the interaction (service workers blocked). */
async function fetchedScripts(browser, origin, path) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const seen = new Set();
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.origin === origin && (req.resourceType() === 'script' || url.pathname.endsWith('.js')))
			seen.add(url.pathname);
	});
	await page.goto(origin + path, { waitUntil: 'load' });
	await settle(page);
	const before = new Set(seen);
	await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
	await settle(page);
	await page.keyboard.press('/');
	await settle(page);
	await context.close();
	return { before, after: seen };
}

/**
 * Prints, per page, jsOf's figure and what Chromium fetched; both when they differ.
 * @param {string} origin
 * @param {[string, string][]} pages [page type, path]
 * @param {(html: string) => { files: string[], gzip: number }} jsOf
 */
export async function printFetchedJs(origin, pages, jsOf, dist = 'dist') {
	const gz = (p) => gzipSync(readFileSync(join(dist, p)), { level: 9 }).length;
	const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
	const sum = (files) => `${files.size} faili, ${kb([...files].reduce((n, f) => n + gz(f), 0))}`;
	const browser = await chromium.launch(PLAYWRIGHT_LAUNCH);
	console.log('\nJS skaitīšanas pārbaude (jsOf pret Chromium pieprasījumiem, gzip)');
	try {
		for (const [name, path] of pages) {
			process.stderr.write(`js: ${name}\n`);
			const counted = new Set(jsOf(readFileSync(join(dist, path, 'index.html'), 'utf8')).files);
			const { before, after } = await fetchedScripts(browser, origin, path);
			const missed = [...before].filter((f) => !counted.has(f));
			const extra = [...counted].filter((f) => !before.has(f));
			if (!missed.length && !extra.length && after.size === before.size) {
				console.log(`  ${name}: sakrīt — ${sum(counted)}`);
				continue;
			}
			console.log(`  ${name}: jsOf ${sum(counted)}`);
			console.log(`    ielādēts pirms mijiedarbības: ${sum(before)}`);
			console.log(`    pēc ritināšanas līdz beigām un „/”: ${sum(after)}`);
			if (missed.length) console.log(`    ielādēts, bet jsOf neskaita: ${missed.join(', ')}`);
			if (extra.length)
				console.log(`    jsOf skaita, bet pirms mijiedarbības neielādēts: ${extra.join(', ')}`);
			const later = [...after].filter((f) => !before.has(f) && !counted.has(f));
			if (later.length) console.log(`    tikai pēc mijiedarbības, jsOf neskaita: ${later.join(', ')}`);
		}
	} finally {
		await browser.close();
	}
}
