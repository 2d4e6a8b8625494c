// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { rehypeAsciiHeadingIds } from './src/lib/markdown/rehype-ascii-heading-ids.ts';
import { rehypeScrollableTables } from './src/lib/markdown/rehype-scrollable-tables.ts';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';
import { rehypeGlossaryLinks } from './src/lib/markdown/rehype-glossary-links.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { hoistIslandStyle } from './src/integrations/hoist-island-style.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { webManifestIntegration } from './src/integrations/web-manifest.ts';

// Glossary terms, read at build time, so lessons link the first use of each to /terminologija/:
// every YAML list in content/glossary/ (terms.yaml and the course-B 003-*.yaml files), like the collection.
const glossaryDir = new URL('./content/glossary/', import.meta.url);
const glossaryTerms = readdirSync(glossaryDir)
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.sort()
	.flatMap((f) => parseYaml(readFileSync(new URL(f, glossaryDir), 'utf8')) ?? []);
import { searchAnchors } from './src/integrations/search-anchors.ts';

// A static site: `astro build` writes dist/, which any static host serves.
export default defineConfig({
	site: 'https://prakses-celvedis.example',
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		mdx(),
		preact(),
		hoistIslandStyle(),
		webManifestIntegration(),
		glossaryLinks(glossaryTerms),
		serviceWorker(),
		searchAnchors(),
	],
	markdown: {
		// The unified processor (MDX inherits it) so our rehype plugin runs: ASCII heading ids
		// ("Kāpēc…" → "kapec-…") that survive copy-paste and SMS and match the search index.
		// remark-citations turns [@003, 6081–6100] into reader markers and checks each citation.
		processor: unified({
			remarkPlugins: [remarkCitations],
			rehypePlugins: [
				rehypeAsciiHeadingIds,
				rehypeScrollableTables,
				[rehypeGlossaryLinks, { terms: glossaryTerms }],
			],
		}),
	},
	// A strict Content Security Policy in a <meta http-equiv> on every page, so that it holds on
	// any static host: Astro hashes its own inline scripts and styles per page; no 'unsafe-inline',
	// no 'unsafe-eval'. What a header can carry (Referrer-Policy, nosniff, Permissions-Policy) is in
	// public/_headers and docs/DEPLOY.md.
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"connect-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
			],
		},
	},
	devToolbar: { enabled: false },
	prefetch: false,
});
