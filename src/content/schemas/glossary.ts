import { z } from 'astro/zod';
import { citedText, slug, sourceRef } from './common.ts';

/** A glossary term (content/glossary/terms.yaml). */
export const glossarySchema = z.object({
	/** Stable anchor id on /terminologija/. */
	id: slug,
	/** The term in Latvian. */
	term: z.string().min(1),
	/** Abbreviation, if any. */
	abbr: z.string().optional(),
	/** Own-words definition. */
	definition: citedText.pipe(z.string().min(1)),
	/** Where the term is used or defined. */
	source: sourceRef,
});
