// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { rehypeAsciiHeadingIds } from './src/lib/markdown/rehype-ascii-heading-ids.ts';

// A static site: `astro build` writes dist/, which any static host serves.
export default defineConfig({
	site: 'https://prakses-celvedis.example',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), preact()],
	markdown: {
		// ASCII heading ids ("Kāpēc…" → "kapec-…") so deep links survive copy-paste and SMS.
		rehypePlugins: [rehypeAsciiHeadingIds],
	},
	devToolbar: { enabled: false },
	prefetch: false,
});
