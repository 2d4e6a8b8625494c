import { z } from 'astro/zod';
import { citedText as citedString, slug, sourceRef } from './common.ts';

/** Non-empty text whose citations are checked at build time (common.ts#citedText, src/lib/cite/). */
const citedText = citedString.pipe(z.string().min(1));

/**
 * Fields every tool shares (`content/tools/<id>.yaml`; the id is the URL `/riki/<id>/`).
 * Each type extends this with `type: z.literal(…)` (tool.ts, tool-risk.ts).
 */
export const toolBase = z.object({
	/** Title on the page, in the /riki/ list and in search. */
	title: z.string().min(1),
	/** One sentence: what the tool is for. */
	summary: z.string().min(1),
	/** Where the content comes from. */
	sources: z.array(sourceRef).min(1, 'Rīkam jānorāda avots (sources).'),
	/** Extra search words (also without diacritics). */
	keywords: z.array(z.string()).default([]),
	/** Caveats shown with the tool ("check the current rule"…). */
	caveats: z.array(citedText).default([]),
	/** Lessons the tool belongs to ('<course>/<slug>'); the tool page links back. */
	lessons: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Nodarbības id: "<kurss>/<slug>".')).default([]),
	/** Position in the /riki/ list (lower first; ties by title). */
	order: z.number().int().default(100),
	/** Minutes it takes with a client or group (for the workshop planner). */
	minutes: z.number().int().positive().optional(),
	/** A client may see it: the layout shows quick exit wherever it is shown. */
	clientFacing: z.boolean().default(false),
	/** 'tab': answers survive a reload in this tab (sessionStorage); 'none': nothing is kept. */
	keep: z.enum(['none', 'tab']).default('tab'),
	/** Offer an explicit, warned copy on this device. */
	saveOnDevice: z.boolean().default(false),
});

/** One item of a checklist section. */
export const checklistItem = z.object({
	/** Stable id (keys answers and outcomes). */
	id: slug,
	/** The item, with its citation. */
	text: citedText,
	/** Shown under the item. */
	help: citedText.optional(),
	/** Shown once the item is ticked (or answered "yes"), or given one of the `adviceWhen` answers. */
	advice: citedText.optional(),
	/** The answers that show `advice` (default: 'yes'), e.g. the low values of a scale. */
	adviceWhen: z.array(slug).min(1).optional(),
	/** Resource ids where help with this item is found. */
	where: z.array(slug).default([]),
});

/** How items are answered: tick, yes/no, or a small scale of labelled values. */
export const checklistAnswers = z.union([
	z.enum(['tick', 'yes-no']),
	z.array(z.object({ value: slug, label: z.string().min(1) })).min(2, 'Skalai vajag vismaz divas vērtības.'),
]);

/** A section of items. */
export const checklistSection = z.object({
	/** Stable id; also the heading's anchor. */
	id: slug,
	title: z.string().min(1),
	/** Overrides the tool's `answers` for this section. */
	answers: checklistAnswers.optional(),
	/** On a printable card: a list of things to do, or not to do. */
	tone: z.enum(['do', 'dont']).optional(),
	items: z.array(checklistItem).min(1),
});

/** An item's answer in an outcome rule: `{ item, is }` ('yes', 'no' or a scale value). */
const answerRef = z.object({ item: slug, is: slug });

/** The plain fields of a checklist; `checklistSchema` and `riskSchema` extend them. */
export const checklistFields = toolBase.extend({
	/** Default for every section: tick (default), yes-no, or a scale. */
	answers: checklistAnswers.default('tick'),
	/** A free-text note per section (kept like the answers). */
	notes: z.boolean().default(false),
	/** false: a printable card, rendered as static HTML with no island. */
	interactive: z.boolean().default(true),
	sections: z.array(checklistSection).min(1),
	/** Optional conclusions; the first whose `when` matches is shown. */
	outcomes: z
		.array(
			z.object({
				id: slug,
				text: citedText,
				when: z.object({ all: z.array(answerRef).optional(), any: z.array(answerRef).optional() }),
			}),
		)
		.optional(),
});

type ChecklistData = z.output<typeof checklistFields>;

/** The values an item can take under its section's answers. */
export function allowedValues(answers: ChecklistData['answers']): string[] {
	if (answers === 'tick') return ['yes'];
	if (answers === 'yes-no') return ['yes', 'no'];
	return answers.map((a) => a.value);
}

/**
 * Cross-field rules of a checklist: item and section ids unique, outcomes refer to existing
 * items with values their section allows, and every outcome says when it applies.
 */
export function checkChecklist(data: ChecklistData, ctx: z.RefinementCtx): void {
	const items = new Map<string, string[]>();
	const sections = new Set<string>();
	data.sections.forEach((s, si) => {
		if (sections.has(s.id))
			ctx.addIssue({ code: 'custom', path: ['sections', si, 'id'], message: `Sadaļas id "${s.id}" atkārtojas.` });
		sections.add(s.id);
		s.items.forEach((item, ii) => {
			if (items.has(item.id))
				ctx.addIssue({
					code: 'custom',
					path: ['sections', si, 'items', ii, 'id'],
					message: `Punkta id "${item.id}" atkārtojas. Katram punktam vajag savu id.`,
				});
			const allowed = allowedValues(s.answers ?? data.answers);
			items.set(item.id, allowed);
			item.adviceWhen?.forEach((v, vi) => {
				if (!allowed.includes(v))
					ctx.addIssue({
						code: 'custom',
						path: ['sections', si, 'items', ii, 'adviceWhen', vi],
						message: `Punktam "${item.id}" nav atbildes "${v}"; iespējamās: ${allowed.join(', ')}.`,
					});
			});
			if (item.adviceWhen && !item.advice)
				ctx.addIssue({
					code: 'custom',
					path: ['sections', si, 'items', ii, 'adviceWhen'],
					message: `Punktam "${item.id}" ir "adviceWhen", bet nav "advice".`,
				});
		});
	});
	data.outcomes?.forEach((o, oi) => {
		if (!o.when.all?.length && !o.when.any?.length)
			ctx.addIssue({
				code: 'custom',
				path: ['outcomes', oi, 'when'],
				message: `Secinājumam "${o.id}" jānorāda, kad tas der: "all" vai "any".`,
			});
		for (const kind of ['all', 'any'] as const)
			o.when[kind]?.forEach((ref, ri) => {
				const allowed = items.get(ref.item);
				if (!allowed)
					ctx.addIssue({
						code: 'custom',
						path: ['outcomes', oi, 'when', kind, ri, 'item'],
						message: `Secinājums "${o.id}" atsaucas uz neesošu punktu "${ref.item}".`,
					});
				else if (!allowed.includes(ref.is))
					ctx.addIssue({
						code: 'custom',
						path: ['outcomes', oi, 'when', kind, ri, 'is'],
						message: `Punktam "${ref.item}" nav atbildes "${ref.is}"; iespējamās: ${allowed.join(', ')}.`,
					});
			});
	});
	if (!data.interactive && (data.outcomes?.length || data.notes))
		ctx.addIssue({
			code: 'custom',
			path: ['interactive'],
			message: 'Drukājamai kartītei (interactive: false) nevar būt "outcomes" vai "notes": tajā nekas netiek atzīmēts.',
		});
}
