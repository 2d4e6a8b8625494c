import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getLessons, lessonUrl } from '../../content/queries.ts';
import { getTools, toolSearchText, toolUrl } from '../../content/tool-queries.ts';
import { buildSearchRecords } from '../../lib/search/records.ts';
import { toIndexed } from '../../lib/search/index-records.ts';
import { stripCitations } from '../../lib/cite/format.ts';
import { buildSearchBundle, bundleFiles } from '../../lib/search/engine.ts';
import { loadBestBets } from '../../lib/search/best-bets-file.ts';
import { searchSynonyms } from '../../lib/search/synonyms.ts';

/**
 * The search index as files under /search/ (core, term shards, page fragments; see
 * src/lib/search/engine.ts), built at build time and fetched only as searches need them.
 */
export const getStaticPaths = (async () => {
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
			description: stripCitations(r.data.description),
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
			text: toolSearchText(x, algorithms), // citations already stripped, part by part
			// Searched, never shown: a snippet of bare keywords reads as a list, not as a sentence.
			keywords: x.data.keywords,
		})),
	});
	// The inverted index (MiniSearch), split into files at build time; see src/lib/search/engine.ts.
	// Glossary abbreviations feed the synonyms: one list for the index, the query and the bets.
	const synonyms = searchSynonyms(
		glossary.map((g) => ({ id: g.data.id, term: g.data.term, abbr: g.data.abbr })),
	);
	const bundle = buildSearchBundle(toIndexed(records, synonyms), loadBestBets(synonyms), synonyms);
	return bundleFiles(bundle).map(([name, data]) => ({
		params: { file: name.replace(/\.json$/, '') },
		props: { body: JSON.stringify(data) },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
