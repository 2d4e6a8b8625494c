import { z } from 'astro/zod';
import { citedText, slug, sourceRef } from './common.ts';
import { validateScenario } from '../../lib/scenario/validate.ts';
import type { Scenario } from '../../lib/scenario/types.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Id: mazie latīņu burti, cipari un defises.');

/** One choice at a decision point. */
const choice = z.object({
	/** Unique within the node. */
	id,
	/** What the worker does (first person). */
	label: z.string().min(1),
	/** Node id this choice leads to. */
	next: z.string(),
	/** How good the choice is. */
	quality: z.enum(['recommended', 'acceptable', 'harmful']).optional(),
	/** Consequence and why, shown after choosing. */
	feedback: citedText.optional(),
	/** The source line that supports the judgement. */
	source: sourceRef,
	/** Numbers added to variables when chosen. */
	effects: z.record(z.string(), z.number()).optional(),
	/** Offered only when this condition holds. */
	requires: z
		.object({ var: z.string(), op: z.enum(['<', '<=', '==', '!=', '>=', '>']), value: z.number() })
		.optional(),
});

/** A narrative step: a decision point or an ending. */
const node = z.object({
	/** Short heading. */
	title: z.string().min(1),
	/** Narrative text (paragraphs separated by blank lines). */
	text: citedText.pipe(z.string().min(1)),
	/** Shown only in facilitator mode. */
	facilitator: z.object({ notes: citedText.optional(), prompts: z.array(citedText).optional() }).optional(),
	/** Choices (a non-ending node needs at least one). */
	choices: z.array(choice).optional(),
	/** Present on ending nodes. */
	ending: z
		.object({
			/** good | mixed | poor. */
			outcome: z.enum(['good', 'mixed', 'poor']),
			/** One-line result. */
			summary: citedText.pipe(z.string().min(1)),
			/** What the path shows and what to take away. */
			debrief: citedText.optional().default(''),
			/** Lessons the debrief links to. */
			lessons: z.array(z.string()).default([]),
		})
		.optional(),
});

/** A branching case scenario (content/scenarios/<id>.yaml). */
export const scenarioSchema = z
	.object({
		/** Title. */
		title: z.string().min(1),
		/** Course id. */
		course: z.enum(['vardarbiba', 'ieslodzijums']),
		/** Topic slugs for filtering. */
		topics: z.array(slug).min(1),
		/** Who it is for. */
		audience: z.array(z.enum(['jaunie-darbinieki', 'praktiki', 'vaditaji'])).min(1),
		/** Estimated minutes. */
		minutes: z.number().int().positive(),
		/** Learning goals. */
		goals: z.array(z.string().min(1)).min(1),
		/** Sources drawn on. */
		sources: z.array(sourceRef).min(1, 'Scenārijam jānorāda avots (sources).'),
		/** Lessons it practises. */
		lessons: z.array(z.string()).default([]),
		/** First node id. */
		start: z.string(),
		/** Variables and their initial values. */
		variables: z.record(z.string(), z.number()).optional(),
		/** Nodes keyed by id. */
		nodes: z.record(id, node),
	})
	.superRefine((scenario, ctx) => {
		for (const issue of validateScenario(scenario as unknown as Scenario))
			if (issue.severity === 'error')
				ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
	});
