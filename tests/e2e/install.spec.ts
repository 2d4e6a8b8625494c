import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';

test('the site is installable: the manifest and icons load and Chromium reports no installability error', async ({
	request,
	baseURL,
}) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest).toMatchObject({
		name: 'Prakses ceļvedis sociālajiem darbiniekiem',
		short_name: 'Prakses ceļvedis',
		lang: 'lv',
		start_url: '/',
		display: 'standalone',
		theme_color: '#0b5a8a',
	});
	for (const icon of manifest.icons) {
		const res = await request.get(icon.src);
		expect(res.headers()['content-type'], icon.src).toBe('image/png');
	}
	expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable',
	]);

	// Test contexts are incognito, where Chromium never offers to install: use a real profile.
	const profile = mkdtempSync(join(tmpdir(), 'pc-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
		serviceWorkers: 'allow', // the suite's default (block) reaches this launch too
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(baseURL + '/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
