import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages.ts';

// No page may make a request to another origin: no CDN, font, analytics or embed.
for (const path of builtPages()) {
	test(`${path} requests nothing from another origin`, async ({ page, baseURL }) => {
		const foreign: string[] = [];
		page.on('request', (r) => {
			const url = r.url();
			if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'))
				foreign.push(url);
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		// Opening search loads its code and index; that must stay on this origin too.
		await page.keyboard.press('/');
		await page.waitForLoadState('networkidle');
		expect(foreign).toEqual([]);
		expect(await page.context().cookies()).toEqual([]);
	});
}
