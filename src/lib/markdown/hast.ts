/** The part of a hast (HTML syntax tree) node the build-time rehype plugins read and write. */
export type HastNode = {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
};

/**
 * Elements whose text is not prose for the glossary links and the abbreviation markup: headings,
 * links, code, an existing <abbr>, form controls, and built markup (islands, navigation).
 */
export const NOT_PROSE = new Set([
	'a',
	'abbr',
	'code',
	'pre',
	'kbd',
	'samp',
	'button',
	'script',
	'style',
	'svg',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'dt',
	'label',
	'select',
	'textarea',
	// Built pages (tools): islands render their own markup on hydration; navigation is not prose.
	'astro-island',
	'nav',
	'template',
]);

/** Plain text of a hast subtree. */
export const textOf = (node: HastNode): string =>
	node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
