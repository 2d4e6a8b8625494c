import type { Facet } from '../facets/index.ts';
import { toIndexed } from '../search/index-records.ts';
import { createSearcher } from '../search/query.ts';
import {
	EMERGENCY_KINDS,
	GROUPS,
	KIND_IDS,
	KINDS,
	PERPETRATOR_KINDS,
	REGIONS,
	type Group,
	type Kind,
	type Region,
} from './taxonomy.ts';

/** A phone as the finder shows it. */
export type FinderPhone = {
	number: string;
	label: string;
	hours?: string | undefined;
	free?: boolean | undefined;
	allDay?: boolean | undefined;
	caveat?: string | undefined;
};

/** The plain data of one entry the pages and the finder island need (serialisable). */
export type FinderEntry = {
	id: string;
	name: string;
	kind: Kind;
	audience: 'visi' | 'specialisti';
	description: string;
	targetGroups: Group[];
	region: Region;
	address?: string | undefined;
	phones: FinderPhone[];
	url?: string | undefined;
	email?: string | undefined;
	keywords?: string[] | undefined;
};

// Within the emergency group: 112 first, then police, then ambulance (m23).
const EMERGENCY_ORDER = ['112', '110', '113'];

/** Emergency numbers: pinned above every filter and search. */
export function isEmergency(e: Pick<FinderEntry, 'kind'>): boolean {
	return EMERGENCY_KINDS.includes(e.kind);
}

/** May this entry be handed to or printed for a client? Not a professional contact, not the perpetrators' line. */
export function isClientSafe(e: Pick<FinderEntry, 'kind' | 'audience' | 'targetGroups'>): boolean {
	return (
		e.audience === 'visi' &&
		!PERPETRATOR_KINDS.includes(e.kind) &&
		!e.targetGroups.includes('vardarbibas-veiceji')
	);
}

/** True when a source says the entry (one of its phones) answers day and night. */
export function isAllDay(e: Pick<FinderEntry, 'phones'>): boolean {
	return e.phones.some((p) => p.allDay);
}

/** True when a source says a call to one of its phones is free. */
export function isFree(e: Pick<FinderEntry, 'phones'>): boolean {
	return e.phones.some((p) => p.free);
}

/** Directory order: groups in KINDS order (emergency first), 112/110/113 in that order, then by name. */
export function sortEntries<T extends Pick<FinderEntry, 'kind' | 'name' | 'phones'>>(
	items: readonly T[],
): T[] {
	const rank = (e: T) => {
		const i = EMERGENCY_ORDER.indexOf(e.phones[0]?.number ?? '');
		return i === -1 ? EMERGENCY_ORDER.length : i;
	};
	return [...items].sort(
		(a, b) =>
			KIND_IDS.indexOf(a.kind) - KIND_IDS.indexOf(b.kind) ||
			rank(a) - rank(b) ||
			a.name.localeCompare(b.name, 'lv'),
	);
}

/** Entries grouped by kind, in directory order; empty groups left out. */
export function groupByKind<T extends Pick<FinderEntry, 'kind' | 'name' | 'phones'>>(
	items: readonly T[],
): { kind: Kind; label: string; items: T[] }[] {
	const sorted = sortEntries(items);
	return KIND_IDS.map((kind) => ({
		kind,
		label: KINDS[kind],
		items: sorted.filter((e) => e.kind === kind),
	})).filter((g) => g.items.length > 0);
}

/** Flag values for the "24/7" and "bez maksas" filter. */
export const FLAGS = { '24-7': '24/7', 'bez-maksas': 'bez maksas' } as const;
export type Flag = keyof typeof FLAGS;

/** The finder's facets; URL parameters: veids, grupa, regions, tikai. */
export const RESOURCE_FACETS: Facet<FinderEntry>[] = [
	{ key: 'kind', param: 'veids', values: (e) => [e.kind] },
	{ key: 'group', param: 'grupa', values: (e) => e.targetGroups },
	{ key: 'region', param: 'regions', values: (e) => [e.region] },
	{
		key: 'flag',
		param: 'tikai',
		mode: 'all',
		values: (e) => [...(isAllDay(e) ? ['24-7'] : []), ...(isFree(e) ? ['bez-maksas'] : [])],
	},
];

/** Valid values per facet, to drop unknown ones from a shared URL. */
export const KNOWN_VALUES: Record<string, readonly string[]> = {
	kind: KIND_IDS,
	group: Object.keys(GROUPS),
	region: Object.keys(REGIONS),
	flag: Object.keys(FLAGS),
};

/** Labels per facet value, for the filter controls. */
export const FACET_LABELS: Record<string, Record<string, string>> = {
	kind: KINDS,
	group: GROUPS,
	region: REGIONS,
	flag: FLAGS,
};

/** The words a search over an entry looks at besides its name and description. */
export function searchKeywords(e: FinderEntry): string[] {
	return [
		KINDS[e.kind],
		...e.targetGroups.map((g) => GROUPS[g]),
		REGIONS[e.region],
		...(e.address ? [e.address] : []),
		...e.phones.flatMap((p) => [p.number, p.number.replace(/ /g, ''), p.label]),
		...(isAllDay(e) ? ['24/7', 'diennakts', 'visu diennakti'] : []),
		...(isFree(e) ? ['bezmaksas', 'bez maksas'] : []),
		...(e.keywords ?? []),
	];
}

/** How an entry is dated, and whether it is overdue for a check (more than 12 months). */
export function dating(
	e: { lastVerified?: string | undefined; source: string },
	today: Date,
): { label: string; stale: boolean } {
	if (e.lastVerified) {
		const checked = new Date(`${e.lastVerified}T00:00:00Z`);
		const limit = new Date(checked);
		limit.setUTCFullYear(limit.getUTCFullYear() + 1);
		const [y, m, d] = e.lastVerified.split('-');
		return { label: `pārbaudīts publiskā lapā ${d}.${m}.${y}.`, stale: today.getTime() > limit.getTime() };
	}
	if (e.source.includes('[@002'))
		return { label: 'pēc Labklājības ministrijas prezentācijas (ap 2023. g.)', stale: true };
	if (e.source.includes('[@004')) return { label: 'pēc darbnīcas slaidiem (02.11.2023.)', stale: true };
	return { label: 'pēc rokasgrāmatas (ap 2022. g.)', stale: true };
}

/**
 * Which pages link to which entries: scans page bodies for `/resursi/<id>/` links.
 * @example findBacklinks([{ url: '/a/', title: 'A', body: 'sk. /resursi/x/' }], ['x']) // Map { 'x' => [{ url: '/a/', title: 'A' }] }
 */
export function findBacklinks(
	pages: readonly { url: string; title: string; body: string }[],
	ids: readonly string[],
): Map<string, { url: string; title: string }[]> {
	const known = new Set(ids);
	const out = new Map<string, { url: string; title: string }[]>();
	for (const page of pages) {
		const seen = new Set<string>();
		for (const m of page.body.matchAll(/\/resursi\/([a-z0-9-]+)\/?/g)) {
			const id = m[1]!;
			if (!known.has(id) || seen.has(id)) continue;
			seen.add(id);
			out.set(id, [...(out.get(id) ?? []), { url: page.url, title: page.title }]);
		}
	}
	return out;
}

/**
 * The finder's search over entries: the site's search engine (folded, stemmed, synonyms, fuse.js)
 * over name, description, kind, target groups, region, phones and keywords. Returns ids, best first.
 */
export function createDirectorySearch(entries: readonly FinderEntry[]): (query: string) => string[] {
	const searcher = createSearcher(
		toIndexed(
			entries.map((e) => ({
				id: e.id,
				kind: 'resource' as const,
				url: `/resursi/${e.id}/`,
				page: e.name,
				text: e.description,
				keywords: searchKeywords(e),
			})),
		),
	);
	return (query) => searcher.search(query, entries.length).map((h) => h.record.id);
}
