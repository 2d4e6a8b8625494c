import { h, render } from 'preact';
import SearchBox from '../islands/SearchBox.tsx';

/** Renders the search widget into the header dialog (called on first open). */
export function mountSearch(root: HTMLElement, onNavigate: () => void): void {
	render(h(SearchBox, { compact: true, onNavigate }), root);
}
