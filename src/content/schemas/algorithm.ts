import { z } from 'astro/zod';
import { citedText, lineRange, sourceRef } from './common.ts';
import { validateFlow } from '../../lib/algorithm/validate.ts';

const nodeId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'Mezgla id: latīņu burti, cipari, "-" vai "_".');

/** One step of an action algorithm. */
const flowNode = z.object({
	/** Stable id (also the anchor in the text outline). */
	id: nodeId,
	/** start | action | decision | outcome | note. */
	type: z.enum(['start', 'action', 'decision', 'outcome', 'note']),
	/** Short label for the diagram and buttons. */
	title: z.string().min(1),
	/** Own-words explanation. */
	text: citedText.optional(),
	/** Source lines, e.g. "218–225". */
	lines: lineRange.optional(),
	/** Deadline in working days from receipt of the report. */
	deadline: z.object({ workingDays: z.number().int().positive(), label: z.string() }).optional(),
	/** Footnote ids attached to this step. */
	footnotes: z.array(z.string()).optional(),
	/** Actions to do at this step. */
	checklist: z.array(citedText).optional(),
});

/** A labelled arrow. */
const flowEdge = z.object({
	/** Node id the arrow leaves. */
	from: nodeId,
	/** Node id the arrow enters. */
	to: nodeId,
	/** Condition or branch label. */
	label: z.string().optional(),
	/** True where the source lost the arrow and it was reconstructed from the text. */
	uncertain: z.boolean().optional(),
});

const base = {
	/** Title of the algorithm or process. */
	title: z.string().min(1),
	/** One-paragraph summary. */
	summary: z.string().min(1),
	/** Where it comes from. */
	sources: z.array(sourceRef).min(1, 'Algoritmam jānorāda avots (sources).'),
	/** Own-words note on how the content was reconstructed from the source, shown on the page. */
	reconstruction: citedText.optional(),
};

/** An action algorithm: a directed graph of steps (content/algorithms/<id>.yaml, kind: flow). */
export const flowSchema = z
	.object({
		kind: z.literal('flow'),
		...base,
		/** Id of the first step. */
		start: nodeId,
		/** Steps. */
		nodes: z.array(flowNode).min(1),
		/** Arrows. */
		edges: z.array(flowEdge),
		/** Footnotes of the source flowchart. */
		footnotes: z
			.array(z.object({ id: z.string(), mark: z.string(), text: z.string(), lines: lineRange.optional() }))
			.optional(),
	})
	.superRefine((flow, ctx) => {
		for (const issue of validateFlow(flow))
			ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
	});

/** A staged process with steps, e.g. case work (kind: process). */
export const processSchema = z.object({
	kind: z.literal('process'),
	...base,
	/** The stages in order. */
	stages: z
		.array(
			z.object({
				/** Stable id. */
				id: nodeId,
				/** Stage title. */
				title: z.string().min(1),
				/** Source lines. */
				lines: lineRange.optional(),
				/** What the stage is for. */
				summary: z.string().optional(),
				/** Steps in suggested order. */
				steps: z.array(z.object({ id: nodeId, text: z.string().min(1), lines: lineRange.optional() })).min(1),
			})
		)
		.min(2),
});

/** Algorithms collection entry: a flow or a process. */
export const algorithmSchema = z.discriminatedUnion('kind', [flowSchema, processSchema]);
