import { useEffect, useState } from 'preact/hooks';
import { closestMatches } from '../stores/search.ts';
import type { SearchResult } from '../lib/search/index-records.ts';
import { TOP_TASKS } from '../lib/search/top-tasks.ts';
import { searchStrings as s } from '../i18n/lv/search.ts';

/** Emergency numbers the site's directory lists, with their entries. */
const EMERGENCY = [
	{ number: '112', label: 'vienotais ārkārtas numurs', url: '/resursi/neatliekama-palidziba-112/' },
	{
		number: '113',
		label: 'neatliekamā medicīniskā palīdzība',
		url: '/resursi/neatliekama-mediciniska-palidziba-113/',
	},
	{
		number: '116123',
		label: 'krīzes un emocionālā atbalsta tālrunis',
		url: '/resursi/krizes-talrunis-116123/',
	},
] as const;

/**
 * What a search with no results shows: the closest matches (any word, typos allowed), the
 * top tasks, the emergency numbers and which parts of the sources are not on the site yet.
 */
export default function SearchEmpty({ query, onNavigate }: { query: string; onNavigate?: () => void }) {
	const [closest, setClosest] = useState<SearchResult[]>([]);
	useEffect(() => {
		let live = true;
		void closestMatches(query).then((r) => live && setClosest(r));
		return () => {
			live = false;
		};
	}, [query]);
	return (
		<div class="search-empty">
			{closest.length ? (
				<>
					<h2 class="search-empty__title">{s['search.empty.closest']}</h2>
					<ul>
						{closest.map((r) => (
							<li key={r.record.id}>
								<a href={r.record.url} onClick={() => onNavigate?.()}>
									{r.record.heading ? `${r.record.page}: ${r.record.heading}` : r.record.page}
								</a>
							</li>
						))}
					</ul>
				</>
			) : null}
			<h2 class="search-empty__title">{s['search.empty.tasks']}</h2>
			<ul>
				{TOP_TASKS.map((tool) => (
					<li key={tool.id}>
						<a href={tool.url} onClick={() => onNavigate?.()}>
							{tool.title}
						</a>
					</li>
				))}
			</ul>
			<h2 class="search-empty__title">{s['search.empty.emergency']}</h2>
			<ul>
				{EMERGENCY.map((e) => (
					<li key={e.number}>
						<a href={`tel:${e.number}`}>{e.number}</a> — <a href={e.url}>{e.label}</a>
					</li>
				))}
			</ul>
			<p class="search-empty__note">{s['search.empty.notYet']}</p>
		</div>
	);
}
