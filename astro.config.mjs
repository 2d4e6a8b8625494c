// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { rehypeAsciiHeadingIds } from './src/lib/markdown/rehype-ascii-heading-ids.ts';
import { rehypeScrollableTables } from './src/lib/markdown/rehype-scrollable-tables.ts';
import { hoistIslandStyle } from './src/integrations/hoist-island-style.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { searchAnchors } from './src/integrations/search-anchors.ts';

// A static site: `astro build` writes dist/, which any static host serves.
export default defineConfig({
	site: 'https://prakses-celvedis.example',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), preact(), hoistIslandStyle(), serviceWorker(), searchAnchors()],
	markdown: {
		// The unified processor (MDX inherits it) so our rehype plugin runs: ASCII heading ids
		// ("Kāpēc…" → "kapec-…") that survive copy-paste and SMS and match the search index.
		processor: unified({ rehypePlugins: [rehypeAsciiHeadingIds, rehypeScrollableTables] }),
	},
	devToolbar: { enabled: false },
	prefetch: false,
});
