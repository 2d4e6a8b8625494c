import { splitMarkdownAtHeadings, type SearchRecord } from './index-records.ts';
import { createSlugger } from './slug.ts';

export { createSlugger };

/** Plain inputs for the search index, gathered from the content collections by the endpoint. */
export type SearchSources = {
	lessons: { id: string; url: string; title: string; summary: string; keywords: string[]; body: string }[];
	glossary: { id: string; term: string; abbr?: string; definition: string }[];
	resources: { id: string; name: string; description: string; phones: string[] }[];
	scenarios: { id: string; title: string; goals: string[]; topics: string[] }[];
	tools: { id: string; title: string; summary: string; url: string; text: string; keywords?: string[] }[];
};

/** Builds one record per lesson section (split at headings) and per term, resource, scenario and tool. */
export function buildSearchRecords(src: SearchSources): SearchRecord[] {
	const out: SearchRecord[] = [];
	for (const l of src.lessons) {
		for (const part of splitMarkdownAtHeadings(l.body, createSlugger())) {
			out.push({
				id: `${l.id}#${part.anchor}`,
				kind: 'lesson',
				url: part.anchor ? `${l.url}#${part.anchor}` : l.url,
				page: l.title,
				heading: part.heading || undefined,
				text: part.anchor ? part.text : `${l.summary} ${part.text}`,
				keywords: part.anchor ? undefined : l.keywords,
			});
		}
	}
	for (const g of src.glossary)
		out.push({
			id: `term-${g.id}`,
			kind: 'glossary',
			url: `/terminologija/#${g.id}`,
			page: g.abbr ? `${g.term} (${g.abbr})` : g.term,
			text: g.definition,
			keywords: g.abbr ? [g.abbr] : undefined,
		});
	for (const r of src.resources)
		out.push({
			id: `res-${r.id}`,
			kind: 'resource',
			url: `/resursi/${r.id}/`,
			page: r.name,
			text: `${r.description} ${r.phones.join(' ')}`,
		});
	for (const s of src.scenarios)
		out.push({
			id: `scn-${s.id}`,
			kind: 'scenario',
			url: `/scenariji/${s.id}/`,
			page: s.title,
			text: s.goals.join(' '),
			keywords: s.topics,
		});
	for (const t of src.tools)
		out.push({
			id: `tool-${t.id}`,
			kind: 'tool',
			url: t.url,
			page: t.title,
			text: `${t.summary} ${t.text}`,
			keywords: t.keywords,
		});
	return out;
}
