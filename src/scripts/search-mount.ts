import { h, hydrate } from 'preact';
import SearchBox from '../islands/SearchBox.tsx';

/**
 * Brings the header dialog's search to life on first open. The dialog already holds the field as
 * plain HTML (SearchDialog.astro), so the widget hydrates over it: the field the user is typing
 * into stays the same element (focus, caret, every letter typed so far; a phone keeps its
 * keyboard up). Should the widget's markup ever stop matching, the text and focus are carried over.
 */
export function mountSearch(root: HTMLElement, onNavigate: () => void): void {
	const field = () => root.querySelector<HTMLInputElement>('input[type="search"]');
	const before = field();
	const typed = before?.value ?? '';
	const hadFocus = !!before && before === document.activeElement;
	const caret = before?.selectionStart ?? typed.length;
	hydrate(h(SearchBox, { compact: true, onNavigate, initialQuery: typed }), root);
	const after = field();
	if (after && after !== before && hadFocus) {
		after.focus();
		after.setSelectionRange(caret, caret);
	}
}
