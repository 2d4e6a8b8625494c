/**
 * Web Storage, or null where the browser blocks it (private modes, disabled cookies, sandboxed
 * frames): reading `window.localStorage` itself can throw there, so every store goes through here.
 */
export function safeStorage(kind: 'local' | 'session'): Storage | null {
	try {
		return kind === 'local' ? window.localStorage : window.sessionStorage;
	} catch {
		return null;
	}
}
