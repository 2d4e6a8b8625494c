import { getCollection, type CollectionEntry } from 'astro:content';
import { citePlain } from '../lib/text/cite-plain.ts';

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

/** The text search indexes for a tool: every section, item, help, advice and outcome, or a page tool's text and its algorithm's steps. */
export function toolSearchText(
	tool: ToolEntry,
	algorithms: CollectionEntry<'algorithms'>[],
): string {
	const d = tool.data;
	const parts: string[] = [...d.keywords, ...d.caveats];
	if (d.type === 'page') {
		parts.push(...d.text);
		const algo = d.algorithm ? algorithms.find((a) => a.id === d.algorithm)?.data : undefined;
		if (algo?.kind === 'flow') parts.push(...algo.nodes.map((n) => `${n.title}. ${n.text ?? ''}`));
		if (algo?.kind === 'process')
			parts.push(...algo.stages.flatMap((s) => [s.title, s.summary ?? '', ...s.steps.map((x) => x.text)]));
	} else {
		for (const s of d.sections) {
			parts.push(s.title);
			for (const i of s.items) parts.push(i.text, i.help ?? '', 'advice' in i ? (i.advice ?? '') : '');
		}
		if (d.type === 'checklist') parts.push(...(d.outcomes ?? []).map((o) => o.text));
	}
	return parts
		.filter(Boolean)
		.map((p) => citePlain(p).replace(/\s*\([^)]*rinda\)/g, ''))
		.join(' ');
}
