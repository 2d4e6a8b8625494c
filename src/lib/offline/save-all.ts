// "Saglabāt visu lietošanai bezsaistē": what to download, into which cache, and the progress the
// island shows. Pure: the island fetches and writes to Cache Storage.
import { IMMUTABLE_FILES, type OfflineManifest } from './precache.ts';

/** One download: the URL and the cache it goes into (hash-named files apart from pages and data). */
export type SaveStep = { url: string; cache: 'pc-assets' | 'pc-pages' };

/** Every page and file of the manifest not kept yet, pages first so an interrupted run is useful. */
export function saveSteps(manifest: OfflineManifest, kept: ReadonlySet<string>): SaveStep[] {
	return [...manifest.pages, ...manifest.files]
		.filter((f) => !kept.has(f.url))
		.map((f) => ({ url: f.url, cache: IMMUTABLE_FILES.test(f.url) ? 'pc-assets' : 'pc-pages' }));
}

/** The size still to download for the steps. */
export function bytesOf(manifest: OfflineManifest, steps: SaveStep[]): number {
	const size = new Map([...manifest.pages, ...manifest.files].map((f) => [f.url, f.bytes]));
	return steps.reduce((n, s) => n + (size.get(s.url) ?? 0), 0);
}

/** A size as Latvian text: "820 kB", "2,4 MB". */
export function formatBytes(n: number): string {
	if (n < 1000 * 1000) return `${Math.max(1, Math.round(n / 1000))} kB`;
	return `${(n / 1000 / 1000).toFixed(1).replace('.', ',')} MB`;
}

/** The run's state: idle, running with counts, or finished with the failures. */
export type SaveState =
	| { phase: 'idle' }
	| { phase: 'running'; done: number; total: number; failed: string[] }
	| { phase: 'finished'; total: number; failed: string[] };

/** One step finished (ok or not). */
export function stepDone(s: SaveState, url: string, ok: boolean): SaveState {
	if (s.phase !== 'running') return s;
	const failed = ok ? s.failed : [...s.failed, url];
	const done = s.done + 1;
	return done >= s.total ? { phase: 'finished', total: s.total, failed } : { ...s, done, failed };
}
