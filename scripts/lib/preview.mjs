// Serves dist/ with `astro preview` on a port of our own for the bench, and stops it again.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Starts `astro preview` on 127.0.0.1:port and waits until it answers.
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startPreview(port) {
	const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true, // its own process group, so stop() ends npx and astro together
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	const origin = `http://127.0.0.1:${port}`;
	const stop = () => {
		if (child.exitCode === null) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
	};
	for (let i = 0; i < 120; i++) {
		if (child.exitCode !== null) throw new Error(`astro preview stopped: ${stderr.trim()}`);
		try {
			if ((await fetch(origin + '/')).ok) return { origin, stop };
		} catch {
			// not listening yet
		}
		await sleep(500);
	}
	stop();
	throw new Error(`astro preview did not answer on ${origin} within 60 s`);
}
