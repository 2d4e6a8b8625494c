import { z } from 'astro/zod';
import { httpUrl, phoneNumber } from './common.ts';
import { GROUP_IDS, KIND_IDS, REGION_IDS } from '../../lib/resources/taxonomy.ts';
import { citationProblems } from '../../lib/cite/validate.ts';
import { OVERVIEW_IDS } from '../../lib/resources/overviews.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'lastVerified: datums formā GGGG-MM-DD.');

/** One phone number with what the source says about it. */
const phone = z.object({
	/** The number as written, e.g. '116123' or '8000 2012'. */
	number: phoneNumber,
	/** What the number is for. */
	label: z.string().min(1),
	/** Opening hours, only where a source gives them. */
	hours: z.string().optional(),
	/** True only where a source says the call is free. */
	free: z.boolean().optional(),
	/** True only where a source says the line answers day and night. */
	allDay: z.boolean().optional(),
	/** A caveat, e.g. conflicting hours between sources. */
	caveat: z.string().optional(),
});

/** A directory entry: a service, line, programme or institution (content/resources/<id>.yaml). */
export const resourceSchema = z
	.object({
		/** Official or common name. */
		name: z.string().min(1),
		/** What kind of entry it is (fixed list in src/lib/resources/taxonomy.ts). */
		kind: z.enum(KIND_IDS, { message: `Jābūt vienam no: ${KIND_IDS.join(', ')}.` }),
		/**
		 * Who may be given the contact: 'visi' (anyone, also a client) or 'specialisti' (a contact for
		 * professionals, e.g. a prison's head of resocialisation; never printed for a client).
		 */
		audience: z.enum(['visi', 'specialisti']).default('visi'),
		/** Own-words Latvian description, written from the source. */
		description: z.string().min(1),
		/** Who it is for. */
		targetGroups: z.array(z.enum(GROUP_IDS, { message: `Jābūt no saraksta: ${GROUP_IDS.join(', ')}.` })).min(1),
		/** Area served, from the fixed list of planning regions and cities. */
		region: z.enum(REGION_IDS, { message: `Jābūt vienam no: ${REGION_IDS.join(', ')}.` }),
		/** Street address, only as a source gives it. */
		address: z.string().optional(),
		/** Phone numbers with what each is for. */
		phones: z.array(phone).default([]),
		/** Web address. */
		url: httpUrl.optional(),
		/** E-mail address. */
		email: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'E-pasta adrese nav derīga.').optional(),
		/** Where the information comes from, in the citation syntax: "[@003, 11533]", "[@ext:jpa-116006]". */
		source: z.string().superRefine((value, ctx) => {
			if (!/^(\s*\[@[^[\]]+\]\s*)+$/.test(value))
				ctx.addIssue({
					code: 'custom',
					message: 'Avots: avotam jābūt citātu sarakstam, piem., "[@003, 11533]" vai "[@ext:jpa-116006]".',
				});
			for (const message of citationProblems(value)) ctx.addIssue({ code: 'custom', message: `Avots: ${message}` });
		}),
		/** Date a person last checked a public page for this entry; only with an [@ext:…] source. */
		lastVerified: date.optional(),
		/** Extra notes. */
		notes: z.string().optional(),
		/** Extra search words practitioners type (not shown), e.g. 'nakts patversme'. */
		keywords: z.array(z.string()).default([]),
		/** Overview page(s) this entry belongs to (R3, R6–R10). */
		overview: z.array(z.enum(OVERVIEW_IDS)).default([]),
		/** Names of the entries of inventory/resources-003.json this entry covers. */
		inventory: z.array(z.string()).default([]),
	})
	.superRefine((d, ctx) => {
		if (d.lastVerified && !d.source.includes('[@ext:'))
			ctx.addIssue({
				code: 'custom',
				path: ['lastVerified'],
				message: 'lastVerified drīkst norādīt tikai tad, ja cilvēks pārbaudījis publisku lapu ([@ext:…] avotā); rokasgrāmatas ierakstam datumu neizdomājiet.',
			});
	});

/** Parsed resource entry. */
export type ResourceData = z.infer<typeof resourceSchema>;
