import { createSlugger } from '../search/slug.ts';
import { textOf, type HastNode } from './hast.ts';

const HEADING = /^h[2-6]$/;

/**
 * Rehype plugin: gives every h2–h6 an ASCII id made by the same `createSlugger` the search
 * index uses, so a search result's `page#anchor` always lands on the heading. Runs before
 * Astro's own heading-id plugin, which keeps ids that are already set.
 */
export function rehypeAsciiHeadingIds() {
	return (tree: HastNode) => {
		const slug = createSlugger();
		const visit = (node: HastNode) => {
			if (node.type === 'element' && node.tagName && HEADING.test(node.tagName))
				node.properties = { ...node.properties, id: slug(textOf(node)) };
			node.children?.forEach(visit);
		};
		visit(tree);
	};
}
