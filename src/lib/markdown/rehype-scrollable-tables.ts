import { createT } from '../../i18n/t.ts';
import { contentStrings } from '../../i18n/lv/content.ts';
import type { HastNode } from './hast.ts';

const t = createT(contentStrings);

/**
 * Rehype plugin: wraps every table in a focusable, labelled scroll region, so a wide table
 * scrolls sideways on a phone instead of squeezing its columns, and keyboard users can scroll
 * it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function rehypeScrollableTables() {
	return (tree: HastNode) => {
		const visit = (node: HastNode) => {
			node.children = (node.children ?? []).map((child) => {
				if (child.type === 'element' && child.tagName === 'table')
					return {
						type: 'element',
						tagName: 'div',
						properties: {
							className: ['table-scroll'],
							tabIndex: 0,
							role: 'region',
							ariaLabel: t('content.table'),
						},
						children: [child],
					};
				visit(child);
				return child;
			});
		};
		visit(tree);
	};
}
