import { z } from 'astro/zod';
import { SOURCE_CODES } from '../../lib/cite/documents.ts';
import { citationProblems, refProblems } from '../../lib/cite/validate.ts';
import { isValidLatvianPhone, isValidHttpUrl } from '../../lib/content/checks.ts';

/** A line range such as "10–32"; a bare number (325) is accepted and kept as text. */
export const lineRange = z.union([z.string().min(1), z.number().int().positive()]).transform(String);

/**
 * Text that may hold citations ([@003, 6081–6100], [@secinajums], …; src/lib/cite/parse.ts). An
 * unknown document, lines outside the document or the named section, or an old "(000, 10. rinda)"
 * form fails the build, naming the field and the citation.
 */
export const citedText = z.string().superRefine((text, ctx) => {
	for (const message of citationProblems(text)) ctx.addIssue({ code: 'custom', message });
});

/** A citation of a source document: which document, which section, which lines. */
export const sourceRef = z
	.object({
	/** Document code from ../shared/seeds: '000'…'004'. */
	document: z.enum(SOURCE_CODES, { message: `Avota dokumentam jābūt vienam no: ${SOURCE_CODES.join(', ')}.` }),
	/** Section heading or name of the part cited. */
	section: z.string().min(1).optional(),
	/** Line range in the seed file, e.g. "10–32". */
	lines: lineRange.optional(),
	/** Clarification, e.g. "pēc analoģijas"; may hold citations. */
	note: citedText.optional(),
	})
	.superRefine((ref, ctx) => {
		for (const message of refProblems(ref)) ctx.addIssue({ code: 'custom', path: ['lines'], message });
	});

/** A public web page a fact was taken from, with the date it was checked. */
export const webSourceRef = z.object({
	/** Address of the public page. */
	url: z.string().refine(isValidHttpUrl, { error: (iss) => `"${String(iss.input)}" nav derīga http(s) adrese.` }),
	/** Date the page was checked, YYYY-MM-DD. */
	checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datumam jābūt formā GGGG-MM-DD.'),
});

/** ASCII slug used in URLs and ids. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Id drīkst saturēt tikai mazos latīņu burtus, ciparus un defises.');

/** A Latvian phone number as written in the sources. */
export const phoneNumber = z
	.string()
	.refine(isValidLatvianPhone, {
		error: (iss) => `Tālruņa numurs "${String(iss.input)}" nav derīgs: gaidīts 110, 112, 113, 116xxx, 8000 xxxx vai Latvijas 8 ciparu numurs (piem., "67021558"), pēc izvēles ar +371.`,
	});

/** An absolute http(s) URL. */
export const httpUrl = z
	.string()
	.refine(isValidHttpUrl, { error: (iss) => `Adrese "${String(iss.input)}" nav derīga: jābūt pilnai http(s) adresei.` });
