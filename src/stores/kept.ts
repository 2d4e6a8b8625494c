import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { QUICK_EXIT_EVENT } from '../lib/quick-exit.ts';

/**
 * Everything the site keeps in the browser goes through here (ARCHITECTURE-NEXT §5):
 * - `storageKey` is the one place a `pc:` key is built;
 * - `tabAtom`: state kept in this tab's sessionStorage (the algorithm walk, the case-work stepper,
 *   `keep: tab` tools). It survives a reload; quick exit and closing the tab clear it;
 * - `deviceCopy`: an explicit, warned save on this device (localStorage), e.g. the safety plan;
 * - `warnWhileDirty`: the browser's "Leave site?" prompt while a form holds unsaved text, stood
 *   down by quick exit (`pc:quick-exit`) so the exit never stalls;
 * - `clearOnPagehide`: keep-nothing tools reset when the page is left, so Back (even from the
 *   back-forward cache) shows an empty form.
 * Course progress keeps `@nanostores/persistent` (`stores/progress.ts`), with its key from here.
 */

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

/**
 * The storage key of a feature (and optionally one item of it), prefixed and versioned.
 * @example storageKey('algorithm', 'policijas-zinojums', 1) // 'pc:algorithm:policijas-zinojums:v1'
 * @example storageKey('progress', null, 1) // 'pc:progress:v1'
 */
export function storageKey(feature: string, id: string | null, v: number): string {
	return id ? `pc:${feature}:${id}:v${v}` : `pc:${feature}:v${v}`;
}

/** A store kept in this tab; `restore()` reads the stored value (call it after hydration). */
export type TabAtom<T> = WritableAtom<T> & { restore(): void; reset(): void };

const tabAtoms = new Map<string, TabAtom<unknown>>();

/**
 * A store kept in this tab's sessionStorage under `key`, one per key (like `mapCreator`).
 * It starts at `initial` on the server and the client alike, so the server HTML and the first
 * client render agree; `restore()` then loads the tab's value, decoded defensively (`decode`
 * returns null for anything stale or corrupt, which is dropped). Setting it back to a value that
 * encodes like `initial` removes the key, so an untouched tool leaves nothing behind.
 */
export function tabAtom<T>(
	key: string,
	initial: T,
	decode: (raw: string) => T | null,
	encode: (value: T) => string = JSON.stringify,
): TabAtom<T> {
	const cached = tabAtoms.get(key);
	if (cached) return cached as TabAtom<T>;
	const store = atom<T>(initial) as TabAtom<T>;
	const empty = encode(initial);
	store.restore = () => {
		const raw = safeStorage('session')?.getItem(key);
		let value: T | null = null;
		try {
			value = raw ? decode(raw) : null;
		} catch {
			/* corrupt: dropped below */
		}
		if (value !== null) store.set(value);
		else if (raw) safeStorage('session')?.removeItem(key);
	};
	store.reset = () => store.set(initial);
	store.listen((value) => {
		try {
			const text = encode(value);
			if (text === empty) safeStorage('session')?.removeItem(key);
			else safeStorage('session')?.setItem(key, text);
		} catch {
			/* storage full or blocked: keeping the tab's state is a convenience */
		}
	});
	tabAtoms.set(key, store as TabAtom<unknown>);
	return store;
}

/** An explicit copy on this device: whether one exists, and save, load and delete. */
export type DeviceCopy<T> = {
	/** The saved copy (null when none); read with `refresh()` after hydration. */
	$saved: ReadableAtom<{ savedAt: string; value: T } | null>;
	refresh(): void;
	/** Writes the copy; false when the browser refused. Call only after the user confirmed the warning. */
	save(value: T, now?: Date): boolean;
	remove(): void;
};

/**
 * An opt-in copy on this device (localStorage) under `key`, stored as `{ v: 1, savedAt, values }`.
 * `decode` checks the value's shape (and content version); anything else counts as no copy.
 */
export function deviceCopy<T>(key: string, decode: (value: unknown) => T | null): DeviceCopy<T> {
	const $saved = atom<{ savedAt: string; value: T } | null>(null);
	const storage = () => safeStorage('local');
	return {
		$saved,
		refresh() {
			$saved.set(decodeCopy(storage()?.getItem(key) ?? null, decode));
		},
		save(value, now = new Date()) {
			const copy = { savedAt: now.toISOString(), value };
			try {
				storage()?.setItem(key, JSON.stringify({ v: 1, savedAt: copy.savedAt, values: value }));
				$saved.set(copy);
				return true;
			} catch {
				return false;
			}
		},
		remove() {
			try {
				storage()?.removeItem(key);
			} catch {
				/* nothing stored then */
			}
			$saved.set(null);
		},
	};
}

/** Decodes a stored `{ v: 1, savedAt, values }`; null for anything else. */
export function decodeCopy<T>(
	raw: string | null,
	decode: (value: unknown) => T | null,
): { savedAt: string; value: T } | null {
	if (!raw) return null;
	try {
		const d = JSON.parse(raw) as { v?: unknown; savedAt?: unknown; values?: unknown };
		if (d.v !== 1 || typeof d.savedAt !== 'string') return null;
		const value = decode(d.values);
		return value === null ? null : { savedAt: d.savedAt, value };
	} catch {
		return null;
	}
}

/**
 * Asks the browser to confirm leaving while `$store` holds something (`isEmpty` false).
 * Quick exit dispatches `pc:quick-exit` first, which drops the listener for good, so the exit
 * never turns into a "Leave site?" prompt. Returns a function that removes everything.
 */
export function warnWhileDirty<T>($store: ReadableAtom<T>, isEmpty: (value: T) => boolean): () => void {
	const onBeforeUnload = (e: BeforeUnloadEvent) => {
		if (isEmpty($store.get())) return;
		e.preventDefault();
		e.returnValue = '';
	};
	const standDown = () => window.removeEventListener('beforeunload', onBeforeUnload);
	window.addEventListener('beforeunload', onBeforeUnload);
	window.addEventListener(QUICK_EXIT_EVENT, standDown);
	return () => {
		standDown();
		window.removeEventListener(QUICK_EXIT_EVENT, standDown);
	};
}

/**
 * For keep-nothing tools: runs `reset` when the page is hidden for navigation (`pagehide`) and
 * again if the browser brings the page back from its back-forward cache (`pageshow` persisted),
 * so Back after leaving by a normal link shows an empty form. Returns a function that removes it.
 */
export function clearOnPagehide(reset: () => void): () => void {
	const onShow = (e: PageTransitionEvent) => {
		if (e.persisted) reset();
	};
	window.addEventListener('pagehide', reset);
	window.addEventListener('pageshow', onShow);
	return () => {
		window.removeEventListener('pagehide', reset);
		window.removeEventListener('pageshow', onShow);
	};
}
