import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getLessons, lessonUrl } from '../content/queries.ts';
import { getTools, toolSearchText, toolUrl } from '../content/tool-queries.ts';
import { buildSearchRecords } from '../lib/search/records.ts';
import { toIndexed } from '../lib/search/index-records.ts';
import { stripCitations } from '../lib/cite/format.ts';

/** The search index, built at build time and fetched only when the user starts searching. */
export const GET: APIRoute = async () => {
	const [lessons, glossary, resources, scenarios, algorithms, tools] = await Promise.all([
		getLessons(),
		getCollection('glossary'),
		getCollection('resources'),
		getCollection('scenarios'),
		getCollection('algorithms'),
		getTools(),
	]);
	const records = buildSearchRecords({
		lessons: lessons.map((l) => ({
			id: l.id,
			url: lessonUrl(l.id),
			title: l.data.title,
			summary: l.data.summary,
			keywords: l.data.keywords,
			body: stripCitations(l.body ?? ''),
		})),
		glossary: glossary.map((g) => ({
			id: g.data.id,
			term: g.data.term,
			abbr: g.data.abbr,
			definition: stripCitations(g.data.definition),
		})),
		resources: resources.map((r) => ({
			id: r.id,
			name: r.data.name,
			description: r.data.description,
			phones: r.data.phones.map((p) => `${p.number} ${p.label}`),
		})),
		scenarios: scenarios.map((s) => ({
			id: s.id,
			title: s.data.title,
			goals: s.data.goals,
			topics: s.data.topics,
		})),
		// One record per tool, its text from content (an algorithm's steps via its page tool).
		tools: tools.map((x) => ({
			id: x.id,
			title: x.data.title,
			summary: x.data.summary,
			url: toolUrl(x),
			text: stripCitations(toolSearchText(x, algorithms)),
		})),
	});
	return new Response(JSON.stringify(toIndexed(records)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
