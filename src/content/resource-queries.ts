import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonUrl } from './queries.ts';
import { findBacklinks, sortEntries, type FinderEntry } from '../lib/resources/directory.ts';

/** The plain finder data of an entry. */
export function toFinderEntry(r: CollectionEntry<'resources'>): FinderEntry {
	const d = r.data;
	return {
		id: r.id,
		name: d.name,
		kind: d.kind,
		audience: d.audience,
		description: d.description,
		targetGroups: d.targetGroups,
		region: d.region,
		address: d.address,
		phones: d.phones,
		url: d.url,
		email: d.email,
		keywords: d.keywords.length ? d.keywords : undefined,
	};
}

/** All entries in directory order. */
export async function getDirectory(): Promise<FinderEntry[]> {
	return sortEntries((await getCollection('resources')).map(toFinderEntry));
}

// Tools whose page code (not content) shows directory entries.
const TOOL_LINKS = [
	{
		url: '/riki/drosibas-plans/',
		title: 'Drošības plāns (rīks)',
		ids: ['neatliekama-palidziba-112', 'valsts-policija-110', 'neatliekama-mediciniska-palidziba-113', 'krizes-talrunis-116123', 'atbalsta-talrunis-116006'],
	},
];

/**
 * Backlinks computed at build time: lessons (body and `related.resources`), algorithms and
 * scenarios that link to `/resursi/<id>/`, plus tools that show an entry.
 */
export async function getBacklinks(): Promise<Map<string, { url: string; title: string }[]>> {
	const [resources, lessons, algorithms, scenarios] = await Promise.all([
		getCollection('resources'),
		getCollection('lessons'),
		getCollection('algorithms'),
		getCollection('scenarios'),
	]);
	const pages = [
		...lessons.map((l) => ({
			url: lessonUrl(l.id),
			title: l.data.title,
			body: `${l.body ?? ''} ${l.data.related.resources.map((id) => `/resursi/${id}/`).join(' ')}`,
		})),
		...algorithms.map((a) => ({
			url: a.data.kind === 'flow' ? `/riki/algoritms/${a.id}/` : `/riki/${a.id}/`,
			title: a.data.title,
			body: JSON.stringify(a.data),
		})),
		...scenarios.map((s) => ({ url: `/scenariji/${s.id}/`, title: s.data.title, body: JSON.stringify(s.data) })),
		...TOOL_LINKS.map((t) => ({ url: t.url, title: t.title, body: t.ids.map((id) => `/resursi/${id}/`).join(' ') })),
	];
	return findBacklinks(
		pages,
		resources.map((r) => r.id),
	);
}
