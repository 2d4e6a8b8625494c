// The one Debian Chromium the bench scripts launch (it cannot be downloaded here), with the flags
// every Chromium on these machines runs with.

/** The flags every Chromium here runs with (COMMON.md), headless. */
export const CHROMIUM_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The same Chromium for Playwright's `chromium.launch` (which sets headless itself). */
export const PLAYWRIGHT_LAUNCH = {
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')),
};
