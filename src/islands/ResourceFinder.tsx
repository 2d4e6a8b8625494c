import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	applyFacets,
	facetCounts,
	selectionFromQuery,
	selectionToQuery,
	toggleValue,
	type Selection,
} from '../lib/facets/index.ts';
import {
	FACET_LABELS,
	KNOWN_VALUES,
	RESOURCE_FACETS,
	createDirectorySearch,
	groupByKind,
	isEmergency,
	type FinderEntry,
} from '../lib/resources/directory.ts';
import { PERPETRATOR_KINDS, REGIONS } from '../lib/resources/taxonomy.ts';
import { rt, type ResourcesKey } from '../i18n/lv/resources.ts';
import { copyText as copyNumber } from './parts/copy.ts';

export type ResourceFinderProps = { entries: FinderEntry[] };

const FACET_TITLES: Record<string, ResourcesKey> = {
	kind: 'resources.finder.kind',
	group: 'resources.finder.group',
	region: 'resources.finder.region',
	flag: 'resources.finder.flag',
};

function telHref(n: string) {
	return `tel:${n.replace(/ /g, '')}`;
}

/** One phone with its tel: link, what the source says about it and "Kopēt numuru". */
function Phone({
	p,
	ready,
	onCopied,
}: {
	p: FinderEntry['phones'][number];
	ready: boolean;
	onCopied: (m: string) => void;
}) {
	return (
		<li>
			<a class="phone" href={telHref(p.number)}>
				{p.number}
			</a>{' '}
			<span>{p.label}</span>
			{p.hours && <span class="meta"> · {rt('resources.hours', { hours: p.hours })}</span>}
			{p.allDay && <span class="badge chip"> {rt('resources.badge.allDay')}</span>}
			{p.free && <span class="badge chip"> {rt('resources.badge.free')}</span>}
			{ready && (
				<button
					type="button"
					class="button small copy"
					aria-label={`${rt('resources.copy')} ${p.number}`}
					onClick={async () =>
						onCopied(
							(await copyNumber(p.number))
								? rt('resources.copied', { number: p.number })
								: rt('resources.copyFailed'),
						)
					}
				>
					{rt('resources.copy')}
				</button>
			)}
			{p.caveat && <p class="meta caveat">{p.caveat}</p>}
		</li>
	);
}

/** A directory card. */
function Card({ e, ready, onCopied }: { e: FinderEntry; ready: boolean; onCopied: (m: string) => void }) {
	return (
		<li class="card resource-card" data-id={e.id}>
			<h3>
				<a href={`/resursi/${e.id}/`}>{e.name}</a>
			</h3>
			<p class="meta">
				{REGIONS[e.region]}
				{e.address && <> · {e.address}</>}
				{e.audience === 'specialisti' && (
					<span class="badge chip pro"> {rt('resources.badge.professional')}</span>
				)}
				{PERPETRATOR_KINDS.includes(e.kind) && (
					<span class="badge chip warn"> {rt('resources.badge.perpetrators')}</span>
				)}
			</p>
			<p class="desc">{e.description}</p>
			{e.phones.length > 0 && (
				<ul class="phones">
					{e.phones.map((p) => (
						<Phone key={p.number + p.label} p={p} ready={ready} onCopied={onCopied} />
					))}
				</ul>
			)}
			{e.email && (
				<p>
					<a href={`mailto:${e.email}`}>{e.email}</a>
				</p>
			)}
		</li>
	);
}

/**
 * The resource finder: emergency numbers pinned on top, search (diacritics ignored), combined
 * filters with counts kept in the URL, and grouped cards. Before hydration (or without
 * JavaScript) it is the full grouped list.
 */
export default function ResourceFinder({ entries }: ResourceFinderProps) {
	const [ready, setReady] = useState(false);
	const [query, setQuery] = useState('');
	const [sel, setSel] = useState<Selection>({});
	const [status, setStatus] = useState('');
	const searcher = useRef<((query: string) => string[]) | null>(null);

	const emergency = entries.filter(isEmergency);
	const rest = entries.filter((e) => !isEmergency(e));

	useEffect(() => {
		const params = new URLSearchParams(location.search);
		setSel(selectionFromQuery(params, RESOURCE_FACETS, KNOWN_VALUES));
		setQuery(params.get('q') ?? '');
		setReady(true);
	}, []);

	useEffect(() => {
		if (!ready) return;
		const q = selectionToQuery(sel, RESOURCE_FACETS, { q: query });
		history.replaceState(history.state, '', `${location.pathname}${q}${location.hash}`);
	}, [sel, query, ready]);

	const filtered = useMemo(() => applyFacets(rest, RESOURCE_FACETS, sel), [rest, sel]);
	const counts = useMemo(() => facetCounts(rest, RESOURCE_FACETS, sel), [rest, sel]);

	const shown = useMemo(() => {
		if (!query.trim()) return filtered;
		searcher.current ??= createDirectorySearch(rest);
		const allowed = new Set(filtered.map((e) => e.id));
		const byId = new Map(rest.map((e) => [e.id, e]));
		return searcher
			.current(query)
			.map((id) => byId.get(id))
			.filter((e): e is FinderEntry => !!e && allowed.has(e.id));
	}, [filtered, query, rest]);

	// When searching, the group with the best hit comes first and each group keeps relevance
	// order; otherwise directory order. Either way a kind never mixes with another (so the
	// perpetrators' line is never listed among the victims' lines).
	const groups = useMemo(() => {
		const grouped = groupByKind(shown);
		if (!query.trim()) return grouped;
		const order = new Map(shown.map((e, i) => [e.id, i]));
		const rank = (e: FinderEntry) => order.get(e.id) ?? 0;
		return grouped
			.map((g) => ({ ...g, items: [...g.items].sort((a, b) => rank(a) - rank(b)) }))
			.sort((a, b) => rank(a.items[0]!) - rank(b.items[0]!));
	}, [shown, query]);

	const active = Object.values(sel).some((v) => v.length > 0) || query.trim() !== '';
	const n = shown.length;

	return (
		<div class="finder">
			<section class="emergency" aria-labelledby="arkartas">
				<h2 id="arkartas">{rt('resources.finder.emergency')}</h2>
				<ul class="card-list">
					{emergency.map((e) => (
						<Card key={e.id} e={e} ready={ready} onCopied={setStatus} />
					))}
				</ul>
			</section>

			{ready && (
				<form class="finder-controls no-print" role="search" onSubmit={(ev) => ev.preventDefault()}>
					<div class="form-row">
						<label for="resursi-q">{rt('resources.finder.search')}</label>
						<input
							id="resursi-q"
							type="search"
							value={query}
							aria-describedby="resursi-q-hint"
							onInput={(ev) => setQuery((ev.target as HTMLInputElement).value)}
						/>
						<p id="resursi-q-hint" class="hint">
							{rt('resources.finder.searchHint')}
						</p>
					</div>
					<div class="facets">
						{RESOURCE_FACETS.map((f) => {
							const values = KNOWN_VALUES[f.key]!.filter(
								(v) => !(f.key === 'kind' && v === 'arkartas-numurs'),
							);
							const chosen = sel[f.key] ?? [];
							const visible = values.filter((v) => (counts[f.key]?.[v] ?? 0) > 0 || chosen.includes(v));
							return (
								<details key={f.key} class="facet" open={chosen.length > 0 || f.key === 'flag'}>
									<summary>
										{rt(FACET_TITLES[f.key]!)}
										{chosen.length > 0 && ` (${chosen.length})`}
									</summary>
									<fieldset>
										<legend class="visually-hidden">{rt(FACET_TITLES[f.key]!)}</legend>
										{visible.map((v) => {
											const id = `f-${f.key}-${v}`;
											return (
												<div class="check" key={v}>
													<input
														id={id}
														type="checkbox"
														name={f.param}
														value={v}
														checked={chosen.includes(v)}
														onChange={() => setSel((s) => toggleValue(s, f.key, v))}
													/>
													<label for={id}>
														{FACET_LABELS[f.key]![v]} <span class="meta">({counts[f.key]?.[v] ?? 0})</span>
													</label>
												</div>
											);
										})}
									</fieldset>
								</details>
							);
						})}
					</div>
					{active && (
						<button
							type="button"
							class="button secondary"
							onClick={() => {
								setSel({});
								setQuery('');
							}}
						>
							{rt('resources.finder.clear')}
						</button>
					)}
					<p class="meta" role="status" aria-live="polite">
						{n === 1 ? rt('resources.finder.count1') : rt('resources.finder.count', { n })}
					</p>
				</form>
			)}

			<p class="visually-hidden" role="status" aria-live="polite">
				{status}
			</p>
			{status && (
				<p class="callout copy-status" aria-hidden="true">
					{status}
				</p>
			)}

			<section aria-labelledby="atrastie">
				<h2 id="atrastie" class="visually-hidden">
					{rt('resources.finder.results')}
				</h2>
				{n === 0 && <p class="callout">{rt('resources.finder.none')}</p>}
				{groups.map((g) => (
					<section key={g.kind} class="resource-group" aria-labelledby={`g-${g.kind}`} data-kind={g.kind}>
						<h2 id={`g-${g.kind}`}>
							{g.label} <span class="meta">({g.items.length})</span>
						</h2>
						<ul class="card-list">
							{g.items.map((e) => (
								<Card key={e.id} e={e} ready={ready} onCopied={setStatus} />
							))}
						</ul>
					</section>
				))}
			</section>
		</div>
	);
}
