import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to `target` whenever `key` changes after the first render, so keyboard and
 * screen-reader users land on the new step's heading. Not on first load, and not when `key` first
 * becomes known (null → value, e.g. a resumed run), which would steal focus from the page.
 */
export function useFocusOnChange(target: RefObject<HTMLElement>, key: unknown): void {
	const last = useRef<unknown>(undefined);
	const seen = useRef(false);
	useEffect(() => {
		if (seen.current && last.current != null && last.current !== key) target.current?.focus();
		seen.current = true;
		last.current = key;
	}, [key]);
}
