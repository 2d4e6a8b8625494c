/** Where quick exit goes: a neutral, everyday page, so the browser history looks ordinary. */
export const QUICK_EXIT_URL = 'https://www.google.com/';

/** Three presses within this many milliseconds trigger quick exit. */
export const ESCAPE_WINDOW_MS = 2000;

/**
 * Counts Escape presses: returns the press times to keep and whether this press is the third
 * one within the window (pure, so it can be unit-tested without a DOM).
 */
export function registerEscape(previous: number[], now: number): { presses: number[]; trigger: boolean } {
	const presses = [...previous.filter((t) => now - t < ESCAPE_WINDOW_MS), now];
	return presses.length >= 3 ? { presses: [], trigger: true } : { presses, trigger: false };
}

/**
 * Dispatched on `window` just before quick exit leaves: `warnWhileDirty` (stores/kept.ts) drops
 * its "Leave site?" listener on it, so a form holding text never stalls the exit.
 */
export const QUICK_EXIT_EVENT = 'pc:quick-exit';

/**
 * Where the layout shows quick exit: every tool page (/riki/…), the resource directory
 * (/resursi/…), and any page that embeds a client-facing tool. No page opts in by hand.
 */
export function showsQuickExit(path: string, embedsClientFacingTool: boolean): boolean {
	return /^\/(riki|resursi)(\/|$)/.test(path) || embedsClientFacingTool;
}
