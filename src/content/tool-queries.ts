import { getCollection, type CollectionEntry } from 'astro:content';
import { stripCitations } from '../lib/cite/format.ts';
import { asSentence } from '../lib/text/sentences.ts';

export type ToolEntry = CollectionEntry<'tools'>;

/** Every tool, in list order (`order`, then title). */
export async function getTools(): Promise<ToolEntry[]> {
	const tools = await getCollection('tools');
	const order = (t: ToolEntry) => ('order' in t.data ? t.data.order : 100);
	return tools.sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title, 'lv'));
}

/** A tool's page: its own page for `type: page`, else /riki/<id>/. */
export function toolUrl(tool: ToolEntry): string {
	return tool.data.type === 'page' ? tool.data.url : `/riki/${tool.id}/`;
}

/** Ids of the tools an MDX body embeds with `<Tool id="…" />`. */
export function toolIdsIn(body: string | undefined): string[] {
	return [...(body ?? '').matchAll(/<Tool\s[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** True when any of these tools may be shown to a client (the layout then shows quick exit). */
export async function anyClientFacing(ids: string[]): Promise<boolean> {
	if (ids.length === 0) return false;
	const tools = await getCollection('tools');
	return tools.some((t) => ids.includes(t.id) && t.data.clientFacing);
}

/**
 * A tool's own text with its [@…] citations as written: caveats, sections, items, help, advice and
 * outcomes (the risk checklist adds its texts and source list). Feeds search and the page's SourceList.
 */
export function toolTexts(tool: ToolEntry): string[] {
	const d = tool.data;
	const parts: string[] = [...d.caveats];
	if (d.type === 'page') parts.push(...d.text);
	else if (d.type === 'drill') {
		if (d.note) parts.push(d.note);
		for (const c of d.categories) parts.push(c.title, c.alias ?? '', ...Object.values(c.content).flat());
		for (const c of d.cards) parts.push(c.text, c.why, ...c.responses.flatMap((r) => [r.text, r.feedback]));
	} else {
		for (const s of d.sections) {
			parts.push(s.title);
			for (const i of s.items) parts.push(i.text, i.help ?? '', 'advice' in i ? (i.advice ?? '') : '');
		}
		if (d.type === 'checklist') parts.push(...(d.outcomes ?? []).map((o) => o.text));
		if (d.type === 'risk') parts.push(...Object.values(d.texts), ...d.references);
	}
	return parts.filter(Boolean);
}

/**
 * The text search indexes and shows for a tool: its own text, or a page tool's algorithm's steps.
 * Its keywords go into the record's `keywords` instead: searched, never shown in a snippet.
 */
export function toolSearchText(tool: ToolEntry, algorithms: CollectionEntry<'algorithms'>[]): string {
	const d = tool.data;
	// A drill's deck and category texts (client statements, responses, feedback) would match
	// almost any everyday query: search indexes its keywords and category names only (the lesson
	// that embeds it carries the content).
	const own = d.type === 'drill' ? d.categories.flatMap((c) => [c.title, c.alias ?? '']) : toolTexts(tool);
	const parts: string[] = [...own];
	if (d.type === 'page') {
		const algo = d.algorithm ? algorithms.find((a) => a.id === d.algorithm)?.data : undefined;
		if (algo?.kind === 'flow') parts.push(...algo.nodes.flatMap((n) => [n.title, n.text ?? '']));
		if (algo?.kind === 'process')
			parts.push(...algo.stages.flatMap((s) => [s.title, s.summary ?? '', ...s.steps.map((x) => x.text)]));
	}
	// Each part reads as a sentence in a snippet: a heading or list item gets its full stop.
	return parts
		.map(stripCitations)
		.filter((p) => p.trim())
		.map(asSentence)
		.join(' ');
}
