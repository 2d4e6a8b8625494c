import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assertUniqueIds } from './lib/content/unique.ts';
import { readGlossaryFiles } from './lib/markdown/glossary-files.ts';
import { lessonSchema } from './content/schemas/lesson.ts';
import { algorithmSchema } from './content/schemas/algorithm.ts';
import { resourceSchema } from './content/schemas/resource.ts';
import { glossarySchema } from './content/schemas/glossary.ts';
import { scenarioSchema } from './content/schemas/scenario.ts';
import { toolSchema } from './content/schemas/tool.ts';
import { courseSchema } from './content/schemas/course.ts';

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

/**
 * Glossary terms: every YAML list in content/glossary/ (terms.yaml for course A, 003-*.yaml for course B).
 * An id must be unique across all the files.
 */
const glossary = defineCollection({
	loader: async () => {
		const all: { id?: unknown }[] = [];
		const where: string[] = [];
		for (const { file, entries } of readGlossaryFiles(new URL('../content/glossary/', import.meta.url))) {
			if (!Array.isArray(entries))
				throw new Error(`content/glossary/${file}: jābūt YAML sarakstam (- id: …).`);
			(entries as { id?: unknown }[]).forEach((e, i) => {
				all.push(e);
				where.push(`content/glossary/${file} → ${i}`);
			});
		}
		assertUniqueIds(all, 'content/glossary/', where);
		return all as { id: string }[];
	},
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

/** Courses: YAML, one per file; the id is the URL /kursi/<id>/. Titles and modules are content. */
const courses = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/courses' }),
	schema: courseSchema,
});

export const collections = { courses, lessons, algorithms, resources, glossary, scenarios, tools };
