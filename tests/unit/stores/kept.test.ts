import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { atom } from 'nanostores';
import {
	clearOnPagehide,
	deviceCopy,
	storageKey,
	tabAtom,
	warnWhileDirty,
} from '../../../src/stores/kept.ts';
import { QUICK_EXIT_EVENT } from '../../../src/lib/quick-exit.ts';

/** A Web Storage stand-in. */
class MemoryStorage {
	data = new Map<string, string>();
	getItem = (k: string) => this.data.get(k) ?? null;
	setItem = (k: string, v: string) => void this.data.set(k, v);
	removeItem = (k: string) => void this.data.delete(k);
}
let win: EventTarget & { sessionStorage: MemoryStorage; localStorage: MemoryStorage };
beforeEach(() => {
	win = Object.assign(new EventTarget(), {
		sessionStorage: new MemoryStorage(),
		localStorage: new MemoryStorage(),
	});
	(globalThis as { window?: unknown }).window = win;
});
afterEach(() => delete (globalThis as { window?: unknown }).window);

/** Dispatches beforeunload; returns whether the page asked to confirm leaving. */
const asksToStay = () => {
	const e = new Event('beforeunload', { cancelable: true });
	win.dispatchEvent(e);
	return e.defaultPrevented;
};

describe('kept state', () => {
	test('storageKey is the one shape of every key', () => {
		expect(storageKey('algorithm', 'policijas-zinojums', 1)).toBe('pc:algorithm:policijas-zinojums:v1');
		expect(storageKey('safety-plan', null, 1)).toBe('pc:safety-plan:v1');
	});

	test('tabAtom writes to the tab, restores after hydration, drops corrupt values and removes the key when back to the start', () => {
		const key = storageKey('test', 'a', 1);
		const decode = (raw: string) => {
			const n = JSON.parse(raw) as unknown;
			return typeof n === 'number' ? n : null;
		};
		const $n = tabAtom(key, 0, decode);
		$n.set(3);
		expect(win.sessionStorage.getItem(key)).toBe('3');
		$n.set(0);
		expect(win.sessionStorage.getItem(key)).toBeNull();
		win.sessionStorage.setItem(key, '7');
		$n.restore();
		expect($n.get()).toBe(7);
		win.sessionStorage.setItem(key, '{oops');
		$n.reset();
		$n.restore();
		expect($n.get()).toBe(0);
		expect(win.sessionStorage.getItem(key)).toBeNull();
		expect(tabAtom(key, 0, decode)).toBe($n); // one store per key
	});

	test('deviceCopy keeps the saved plan format { v: 1, savedAt, values }', () => {
		const copy = deviceCopy('pc:x:v1', (v) => (typeof v === 'string' ? v : null));
		expect(copy.save('plāns', new Date('2026-11-16T10:00:00Z'))).toBe(true);
		expect(JSON.parse(win.localStorage.getItem('pc:x:v1')!)).toEqual({
			v: 1,
			savedAt: '2026-11-16T10:00:00.000Z',
			values: 'plāns',
		});
		copy.refresh();
		expect(copy.$saved.get()).toEqual({ savedAt: '2026-11-16T10:00:00.000Z', value: 'plāns' });
		copy.remove();
		expect(win.localStorage.getItem('pc:x:v1')).toBeNull();
		expect(copy.$saved.get()).toBeNull();
	});

	test('warnWhileDirty asks to stay only while there is text, and stands down for quick exit', () => {
		const $text = atom('');
		const stop = warnWhileDirty($text, (t) => !t.trim());
		expect(asksToStay()).toBe(false);
		$text.set('Izejas plāns');
		expect(asksToStay()).toBe(true);
		win.dispatchEvent(new Event(QUICK_EXIT_EVENT));
		expect(asksToStay()).toBe(false);
		stop();
	});

	test('clearOnPagehide resets on pagehide and on a return from the back-forward cache', () => {
		let resets = 0;
		const stop = clearOnPagehide(() => resets++);
		win.dispatchEvent(new Event('pagehide'));
		win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
		win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
		expect(resets).toBe(2);
		stop();
		win.dispatchEvent(new Event('pagehide'));
		expect(resets).toBe(2);
	});
});
