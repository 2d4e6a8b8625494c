import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to `target` whenever `key` changes after the first render, so keyboard and
 * screen-reader users land on the new step's heading. Not on first load, and not when `key` first
 * becomes known (null → value, e.g. a resumed run), which would steal focus from the page.
 * A layout effect: focus moves with the new step, before the browser paints or handles the next
 * key. A plain effect runs a frame later, so a Tab or Enter pressed as the step appeared went to
 * a control and then focus jumped away from it.
 */
export function useFocusOnChange(target: RefObject<HTMLElement>, key: unknown): void {
	const last = useRef<unknown>(undefined);
	const seen = useRef(false);
	useLayoutEffect(() => {
		if (seen.current && last.current != null && last.current !== key) target.current?.focus();
		seen.current = true;
		last.current = key;
	}, [key]);
}

/**
 * When `key` grows (a step forward, e.g. a choice was made), brings `target` back into view if it
 * has content and is no longer on screen: moving focus to the next heading scrolls it away above
 * the screen on a phone. Runs after useFocusOnChange (a layout effect). Not on first load,
 * nor on a step back or restart.
 */
export function useKeepInView(target: RefObject<HTMLElement>, key: number | null): void {
	const last = useRef<number | null>(null);
	useEffect(() => {
		const el = target.current;
		if (last.current != null && key != null && key > last.current && el?.textContent?.trim()) {
			const top = el.getBoundingClientRect().top;
			const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
			if (top < margin || top > window.innerHeight * 0.5) el.scrollIntoView({ block: 'start' });
		}
		last.current = key;
	}, [key]);
}
