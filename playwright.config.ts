import { defineConfig, devices } from '@playwright/test';

// End-to-end tests drive the *built* site (astro build + astro preview) in Debian's Chromium.
// Playwright never downloads a browser here: CHROMIUM_PATH overrides the default path.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'lv-LV',
		timezoneId: 'Europe/Riga',
		trace: 'off',
		// The service worker is tested on its own (offline.spec.ts); elsewhere it would only add
		// background precache traffic to every fresh browser context.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-quic',
				'--no-first-run',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `ASTRO_TELEMETRY_DISABLED=1 npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
