import { h, hydrate } from 'preact';
import SearchBox from '../islands/SearchBox.tsx';

/**
 * Brings the header dialog's search to life on first open. The dialog already holds the widget's
 * server-rendered HTML, so this hydrates it in place: the field the user is typing into stays the
 * same element (focus, caret and every letter typed so far are kept; the phone keyboard stays up).
 */
export function mountSearch(root: HTMLElement, onNavigate: () => void): void {
	hydrate(h(SearchBox, { compact: true, onNavigate }), root);
}
