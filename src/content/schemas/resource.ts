import { z } from 'astro/zod';
import { httpUrl, phoneNumber, slug, sourceRef, webSourceRef } from './common.ts';

/** A directory entry: a service, line or institution (content/resources/<id>.yaml). */
export const resourceSchema = z.object({
	/** Official or common name. */
	name: z.string().min(1),
	/** What kind of entry it is. */
	kind: z.enum(['krizes-talrunis', 'neatliekama-palidziba', 'organizacija', 'iestade', 'projekts', 'pakalpojums']),
	/** Own-words Latvian description. */
	description: z.string().min(1),
	/** Who it is for (ASCII slugs). */
	targetGroups: z.array(slug).min(1),
	/** Area served. */
	region: z.string().min(1),
	/** Street address, if any. */
	address: z.string().optional(),
	/** Phone numbers with what each is for. */
	phones: z
		.array(
			z.object({
				/** The number as written, e.g. '116123' or '8000 2012'. */
				number: phoneNumber,
				/** What the number is for. */
				label: z.string().min(1),
				/** Opening hours. */
				hours: z.string().optional(),
				/** A caveat, e.g. conflicting hours between sources. */
				caveat: z.string().optional(),
			})
		)
		.default([]),
	/** Web address. */
	url: httpUrl.optional(),
	/** E-mail address. */
	email: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'E-pasta adrese nav derīga.').optional(),
	/** Where the information comes from: a seed document and lines, or a public page. */
	source: z.union([sourceRef, webSourceRef]),
	/** Date the entry was last checked, YYYY-MM-DD. */
	lastVerified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'lastVerified: datums formā GGGG-MM-DD.'),
	/** Extra notes. */
	notes: z.string().optional(),
});

/** Parsed resource entry. */
export type ResourceData = z.infer<typeof resourceSchema>;
