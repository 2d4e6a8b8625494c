/**
 * A stopwatch for timing a group's discussion at one decision point. Pure: every function takes
 * the current time, so it is tested without waiting and the island only supplies `Date.now()`.
 */
export type Stopwatch = {
	/** When the running stretch began (ms since epoch), or null while stopped. */
	runningSince: number | null;
	/** Milliseconds counted in earlier stretches. */
	banked: number;
};

/** A stopwatch at zero, not running. */
export const STOPPED: Stopwatch = { runningSince: null, banked: 0 };

/** Starts a stopped stopwatch, or stops a running one and keeps its time. */
export function toggleStopwatch(w: Stopwatch, now: number): Stopwatch {
	return w.runningSince === null
		? { ...w, runningSince: now }
		: { runningSince: null, banked: elapsedMs(w, now) };
}

/** Milliseconds counted so far (never negative, even if the clock goes back). */
export function elapsedMs(w: Stopwatch, now: number): number {
	return w.banked + (w.runningSince === null ? 0 : Math.max(0, now - w.runningSince));
}

/** "m:ss" (or "h:mm:ss" past an hour), counting whole seconds. */
export function formatElapsed(ms: number): string {
	const total = Math.floor(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
