import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { assertUniqueIds } from './lib/content/unique.ts';
import { lessonSchema } from './content/schemas/lesson.ts';
import { algorithmSchema } from './content/schemas/algorithm.ts';
import { resourceSchema } from './content/schemas/resource.ts';
import { glossarySchema } from './content/schemas/glossary.ts';
import { scenarioSchema } from './content/schemas/scenario.ts';
import { toolSchema } from './content/schemas/tool.ts';

// Content lives in /content (not src/content) so authors find it at the top level.
// Every schema fails the build with the file and the field; cross-references are checked by
// assertContentIntegrity() in src/lib/content/integrity.ts, called from the pages.

/** Lessons: MDX, one per file, id '<course>/<slug>'. */
const lessons = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
	schema: lessonSchema,
});

/** Action algorithms and processes: YAML, one per file. */
const algorithms = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/algorithms' }),
	schema: algorithmSchema,
});

/** Resource directory: YAML, one entry per file. */
const resources = defineCollection({
	loader: glob({ pattern: ['*.yaml', '!_*.yaml'], base: './content/resources' }),
	schema: resourceSchema,
});

/** Glossary terms: one YAML list. */
const glossary = defineCollection({
	// Astro's file() loader keeps the last of two entries with the same id; fail instead.
	loader: file('./content/glossary/terms.yaml', {
		parser: (text) => {
			const entries = parseYaml(text) as { id?: unknown }[];
			assertUniqueIds(entries, 'content/glossary/terms.yaml');
			return entries as Record<string, unknown>[];
		},
	}),
	schema: glossarySchema,
});

/** Branching scenarios: YAML, one per file. */
const scenarios = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
	schema: scenarioSchema,
});

/** Tools: YAML, one per file, discriminated on `type`; the id is the URL /riki/<id>/. */
const tools = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/tools' }),
	schema: toolSchema,
});

export const collections = { lessons, algorithms, resources, glossary, scenarios, tools };
