import { z } from 'astro/zod';
import { citedText as citedString, slug, sourceRef } from './common.ts';
import { toolBase } from './tool-base.ts';
import { findCitations } from '../../lib/cite/parse.ts';
import type { DrillDef } from '../../lib/drill/session.ts';

/**
 * A drill (`type: drill`, ARCHITECTURE-NEXT §3): categories with content per aspect (e.g. the
 * six stages of change and table 4's columns), drawn as a cycle or a list, and a deck of cards the
 * learner sorts into a category and then answers with the best of a few responses (lib/drill).
 */

const citedText = citedString.pipe(z.string().min(1));
const labelled = z.object({ id: slug, label: z.string().min(1) });

const response = z.object({
	/** What the worker says or does, with the citation it comes from. */
	text: citedText,
	/** Exactly one response per card is the best one. */
	correct: z.boolean().default(false),
	/** Why this response is (or is not) the best one here. */
	feedback: citedText,
});

const card = z.object({
	id: slug,
	/** The client's statement, in the author's own words. */
	text: z.string().min(1),
	/** Category id (e.g. the stage). */
	category: slug,
	/** The lines the statement's category rests on. */
	source: sourceRef,
	/** Why the statement belongs to its category (shown after answering). */
	why: citedText,
	responses: z.array(response).min(2, 'Kārtij vajag vismaz divas atbildes.').max(5),
});

export const drillFields = toolBase.extend({
	type: z.literal('drill'),
	/** How the categories are drawn: a cycle (SVG, built at build time) or a plain list. */
	layout: z.enum(['cycle', 'list']),
	/** The parts every category has (e.g. table 4's columns). */
	aspects: z.array(labelled).min(1),
	categories: z
		.array(
			z.object({
				id: slug,
				title: z.string().min(1),
				/** Another name the source uses for the same category. */
				alias: z.string().min(1).optional(),
				/** A short label for the diagram. */
				short: z.string().min(1),
				source: sourceRef,
				/** aspect id → cited lines. */
				content: z.record(slug, z.array(citedText).min(1)),
			}),
		)
		.min(2)
		// The cycle highlights the chosen stage with one static CSS rule per position (DrillCycle.astro).
		.max(8, 'Vingrinājumam var būt ne vairāk kā 8 kategorijas (cikla attēlā).'),
	/** Text shown with the categories (e.g. what the source leaves out). */
	note: citedText.optional(),
	cards: z.array(card).min(1),
});

export type DrillData = z.output<typeof drillFields>;

/**
 * Cross-field rules: ids unique, every card names a known category, every category fills every
 * aspect and nothing else, each card has exactly one best response, and every response cites its source.
 */
export function checkDrill(data: DrillData, ctx: z.RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
	const unique = (ids: string[], path: string, what: string) => {
		const seen = new Set<string>();
		ids.forEach((id, i) => {
			if (seen.has(id)) issue([path, i, 'id'], `${what} id "${id}" atkārtojas.`);
			seen.add(id);
		});
	};
	unique(
		data.aspects.map((a) => a.id),
		'aspects',
		'Aspekta',
	);
	unique(
		data.categories.map((c) => c.id),
		'categories',
		'Kategorijas',
	);
	unique(
		data.cards.map((c) => c.id),
		'cards',
		'Kārts',
	);
	const aspects = data.aspects.map((a) => a.id);
	data.categories.forEach((c, i) => {
		for (const a of aspects)
			if (!c.content[a]) issue(['categories', i, 'content', a], `Kategorijai "${c.id}" trūkst aspekta "${a}".`);
		for (const a of Object.keys(c.content))
			if (!aspects.includes(a))
				issue(['categories', i, 'content', a], `Nezināms aspekts "${a}"; iespējamie: ${aspects.join(', ')}.`);
	});
	const categories = data.categories.map((c) => c.id);
	data.cards.forEach((c, i) => {
		if (!categories.includes(c.category))
			issue(
				['cards', i, 'category'],
				`Kārtij "${c.id}" nezināma kategorija "${c.category}"; iespējamās: ${categories.join(', ')}.`,
			);
		const right = c.responses.filter((r) => r.correct).length;
		if (right !== 1)
			issue(['cards', i, 'responses'], `Kārtij "${c.id}" vajag tieši vienu labāko atbildi (correct: true), ir ${right}.`);
		c.responses.forEach((r, j) => {
			if (findCitations(r.text).length === 0)
				issue(
					['cards', i, 'responses', j, 'text'],
					`Kārts "${c.id}" atbildei ${j + 1} jānorāda avots, no kura tā ņemta, piemēram, [@003 1.5., 3178–3212].`,
				);
		});
	});
}

export const drillSchema = drillFields.superRefine(checkDrill);

// The engine reads a narrow input; `tsc` fails here if the schema's output stops fitting it.
export const drillInput = (d: DrillData): DrillDef => d;
