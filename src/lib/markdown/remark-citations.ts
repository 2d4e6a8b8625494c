import { findCitations, splitCitations, type CiteItem } from '../cite/parse.ts';
import { citationProblems } from '../cite/validate.ts';
import { INFERENCE_EXPLAINED, markerModel } from '../cite/marker.ts';

type Node = {
	type: string;
	value?: string;
	children?: Node[];
	data?: { hName?: string; hProperties?: Record<string, unknown>; hChildren?: unknown[] };
};
type VFileLike = { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };

const SKIP = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml']);

const text = (value: string) => ({ type: 'text', value });

/**
 * The marker as hast: a button with the reader label that discloses the document and section
 * just below it, inside the paragraph. No island: CSS shows it on focus, and the few lines in
 * src/scripts/cite-toggle.ts toggle it on tap. The first „(secinājums)" on a page says what it means.
 */
export function markerNode(raw: string, n: number, explainInference: boolean): Node {
	const m = markerModel(findCitations(raw)[0] ?? { raw, items: [] });
	const id = `cite-${n}`;
	const children: unknown[] = [
		{
			type: 'element',
			tagName: 'button',
			properties: { type: 'button', className: ['cite-btn'], ariaExpanded: 'false', ariaControls: id },
			children: [text(m.label)],
		},
	];
	if (m.inference && explainInference)
		children.push({
			type: 'element',
			tagName: 'span',
			properties: { className: ['cite-explain'] },
			children: [text(` (${INFERENCE_EXPLAINED})`)],
		});
	children.push({
		type: 'element',
		tagName: 'span',
		properties: { className: ['cite-pop'], id },
		children: [text(m.detail)],
	});
	return {
		type: 'citeMarker',
		data: {
			hName: 'span',
			hProperties: { className: m.inference ? ['cite', 'cite--inference'] : ['cite'] },
			hChildren: children,
		},
	};
}

/**
 * Remark plugin for lesson bodies: checks every [@…] citation (a wrong one stops the build,
 * naming the file and the citation), turns each into a reader marker and passes the page's
 * citation items to the page as `remarkPluginFrontmatter.citations` for its source list.
 */
export function remarkCitations() {
	return (tree: Node, file: VFileLike) => {
		const items: CiteItem[] = [];
		const problems: string[] = [];
		let n = 0;
		let inferenceExplained = false;
		const visit = (node: Node) => {
			if (SKIP.has(node.type) || !node.children) return;
			const out: Node[] = [];
			for (const child of node.children) {
				if (child.type === 'text') problems.push(...citationProblems(child.value ?? ''));
				if (child.type !== 'text' || !child.value?.includes('[@')) {
					visit(child);
					out.push(child);
					continue;
				}
				for (const part of splitCitations(child.value)) {
					if (part.type === 'text') {
						out.push({ type: 'text', value: part.value });
						continue;
					}
					items.push(...part.cite.items);
					const inference = markerModel(part.cite).inference;
					out.push(markerNode(part.cite.raw, ++n, inference && !inferenceExplained));
					if (inference) inferenceExplained = true;
				}
			}
			node.children = out;
		};
		visit(tree);
		if (problems.length) throw new Error(problems.map((p) => `${file.path ?? 'MDX'} → ${p}`).join('\n'));
		const astro = (file.data.astro ??= {});
		astro.frontmatter = { ...(astro.frontmatter ?? {}), citations: items };
	};
}
