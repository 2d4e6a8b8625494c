import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $searchStatus, loadSearchIndex, runSearch } from '../stores/search.ts';
import { createT, tPlural } from '../i18n/t.ts';
import { searchStrings } from '../i18n/lv/search.ts';
import type { SearchResult } from '../lib/search/index-records.ts';
import SearchEmpty from './SearchEmpty.tsx';
import { keptPaths } from '../stores/offline.ts';
import { isKept } from '../lib/offline/cached-pages.ts';

const t = createT(searchStrings);

/** Results shown at first in the header dialog, and per step on the search page. */
const DIALOG_RESULTS = 8;
const PAGE_STEP = 10;

export type SearchBoxProps = {
	/** Header-dialog mode: fewer results. */
	compact?: boolean;
	/** Called when a result is followed (closes the dialog). */
	onNavigate?: () => void;
	/** Read the query from ?q= and keep the URL in sync (the /meklet/ page). */
	syncUrl?: boolean;
	/** Text already typed into the field before the widget took over. */
	initialQuery?: string;
};

/** Search field with results as a listbox-like list; arrows move, Enter opens, Escape closes. */
export default function SearchBox({
	compact = false,
	onNavigate,
	syncUrl = false,
	initialQuery = '',
}: SearchBoxProps) {
	const status = useStore($searchStatus);
	const [query, setQuery] = useState(initialQuery);
	const [results, setResults] = useState<SearchResult[]>([]);
	const [total, setTotal] = useState(0);
	// The search page shows results in steps ("Rādīt vēl"): each step loads only its results' text.
	const firstStep = compact ? DIALOG_RESULTS : PAGE_STEP;
	const [limit, setLimit] = useState(firstStep);
	// The query the shown results answer: "nothing found" waits for the answer to this query, so it
	// never flashes while the index loads or the pause after typing runs.
	const [answered, setAnswered] = useState<string | null>(null);
	const listId = useId();
	const inputRef = useRef<HTMLInputElement>(null);
	const listRef = useRef<HTMLOListElement>(null);
	// After "Rādīt vēl", focus moves to the first result added (the button may be gone).
	const focusFrom = useRef<number | null>(null);
	useEffect(() => {
		if (focusFrom.current === null || results.length <= focusFrom.current) return;
		listRef.current?.querySelectorAll<HTMLAnchorElement>('a')[focusFrom.current]?.focus();
		focusFrom.current = null;
	}, [results]);
	// Offline, results whose page is not kept on this device are marked (they would not open).
	const [kept, setKept] = useState<Set<string> | null>(null);
	const [offline, setOffline] = useState(false);
	useEffect(() => {
		const update = () => setOffline(!navigator.onLine);
		update();
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	}, []);
	useEffect(() => {
		if (!offline) return setKept(null);
		let live = true;
		void keptPaths().then((k) => live && setKept(k));
		return () => {
			live = false;
		};
	}, [offline, results]);

	useEffect(() => {
		// The field is in the page's HTML and enabled before this widget hydrates: keep every letter
		// typed so far (it wins over ?q=, being newer).
		const typed = inputRef.current?.value ?? '';
		const fromUrl = syncUrl ? (new URLSearchParams(window.location.search).get('q') ?? '') : '';
		if (typed || fromUrl) setQuery(typed || fromUrl);
	}, []);

	useEffect(() => {
		if (!query.trim()) return setResults([]);
		let live = true;
		// A new query starts again from the first step.
		if (answered !== query && limit !== firstStep) return setLimit(firstStep);
		// The worker searches after a short pause in typing; a newer query resolves the older with null.
		// A run this effect has already left (the status changed while the index loaded) must not start
		// a search: it would cancel the newer run's pending query, and its own result is ignored.
		void loadSearchIndex()
			.then(() => (live ? runSearch(query, limit) : null))
			.then((found) => {
				if (!live || !found) return;
				setResults(found.results);
				setTotal(found.total);
				setAnswered(query);
			});
		if (syncUrl) {
			const url = new URL(window.location.href);
			url.searchParams.set('q', query);
			window.history.replaceState(null, '', url);
		}
		return () => {
			live = false;
		};
	}, [query, status, limit]);

	// Arrow keys move between the input and the result links; Enter follows a link natively.
	const onKeyDown = (e: KeyboardEvent) => {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const links = Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
		if (!links.length) return;
		e.preventDefault();
		const i = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'ArrowDown') (links[i + 1] ?? links[links.length - 1])?.focus();
		else if (i <= 0) inputRef.current?.focus();
		else links[i - 1]?.focus();
	};

	return (
		<div class="search-box" onKeyDown={onKeyDown}>
			<form role="search" action="/meklet/" method="get" onSubmit={(e) => e.preventDefault()}>
				<label for={`${listId}-q`}>{t('search.label')}</label>
				<input
					ref={inputRef}
					id={`${listId}-q`}
					type="search"
					name="q"
					value={query}
					placeholder={t('search.placeholder')}
					autocomplete="off"
					aria-describedby={`${listId}-hint`}
					onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
				/>
			</form>
			<p id={`${listId}-hint`} class="hint">
				{t('search.hint')}
			</p>
			<p role="status" class="search-box__status">
				{status === 'loading' && query ? t('search.loading') : null}
				{status === 'error' ? t('search.loadError') : null}
				{status === 'ready' && query.trim()
					? results.length
						? total > results.length
							? t('search.shown', { shown: results.length, total })
							: tPlural(t, results.length, {
									zero: 'search.resultsZero',
									one: 'search.resultsOne',
									other: 'search.results',
								})
						: answered === query
							? t('search.noResults')
							: null
					: null}
			</p>
			{status === 'ready' && query.trim() && answered === query && !results.length ? (
				<SearchEmpty query={query} onNavigate={onNavigate} />
			) : null}
			<ol id={listId} ref={listRef} class="search-results">
				{results.map((r) => {
					const away = kept !== null && !isKept(r.record.url, kept);
					return (
						<li key={r.record.id} class={away ? 'search-results__away' : undefined}>
							<a href={r.record.url} onClick={() => onNavigate?.()}>
								<span class="search-results__kind">
									{t(`search.kind.${r.record.kind}` as keyof typeof searchStrings)}
								</span>
								<span class="search-results__page">{r.record.page}</span>
								{r.record.heading ? <span class="search-results__heading">{r.record.heading}</span> : null}
								{away ? <span class="badge warn search-results__offline">{t('search.notKept')}</span> : null}
							</a>
							<p class="search-results__snippet">
								{r.snippet.map((part, j) => (part.mark ? <mark key={j}>{part.text}</mark> : part.text))}
							</p>
						</li>
					);
				})}
			</ol>
			{!compact && total > results.length && answered === query ? (
				<button
					type="button"
					class="button secondary search-box__more"
					onClick={() => {
						focusFrom.current = results.length;
						setLimit(results.length + PAGE_STEP);
					}}
				>
					{t('search.more', { count: Math.min(PAGE_STEP, total - results.length) })}
				</button>
			) : null}
		</div>
	);
}
