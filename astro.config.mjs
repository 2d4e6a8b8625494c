// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { rehypeAsciiHeadingIds } from './src/lib/markdown/rehype-ascii-heading-ids.ts';
import { rehypeScrollableTables } from './src/lib/markdown/rehype-scrollable-tables.ts';
import { rehypeGlossaryLinks } from './src/lib/markdown/rehype-glossary-links.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

// Glossary terms, read at build time, so lessons link the first use of each to /terminologija/.
const glossaryTerms = parseYaml(
	readFileSync(new URL('./content/glossary/terms.yaml', import.meta.url), 'utf8'),
);
import { hoistIslandStyle } from './src/integrations/hoist-island-style.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';

// A static site: `astro build` writes dist/, which any static host serves.
export default defineConfig({
	site: 'https://prakses-celvedis.example',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), preact(), hoistIslandStyle(), glossaryLinks(glossaryTerms), serviceWorker()],
	markdown: {
		// The unified processor (MDX inherits it) so our rehype plugin runs: ASCII heading ids
		// ("Kāpēc…" → "kapec-…") that survive copy-paste and SMS and match the search index.
		processor: unified({
			rehypePlugins: [
				rehypeAsciiHeadingIds,
				rehypeScrollableTables,
				[rehypeGlossaryLinks, { terms: glossaryTerms }],
			],
		}),
	},
	devToolbar: { enabled: false },
	prefetch: false,
});
