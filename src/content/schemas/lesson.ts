import { z } from 'astro/zod';
import { citedText, slug, sourceRef } from './common.ts';
import { COURSE_IDS } from '../../lib/content/courses.ts';

/** One answer option of a knowledge-check question. */
const option = z.object({
	/** The answer text. */
	text: z.string().min(1),
	/** Marks the one correct answer. */
	correct: z.boolean().optional(),
	/** Why this answer is right or wrong (shown after answering). */
	feedback: citedText.pipe(z.string().min(1, 'Katrai atbildei vajag skaidrojumu (feedback).')),
});

/**
 * A multiple-choice question with exactly one correct option. Options are listed in any order:
 * the order learners see is computed (balanced per course, `lib/shuffle/checks.ts`); never order them by hand.
 */
const question = z
	.object({
		/** The question text. */
		question: citedText.pipe(z.string().min(1)),
		/**
		 * Stable id, unique within the lesson: a short ASCII slug (`zvana-termins`). Progress (first
		 * attempts), the mistakes review and the option order key on it, so keep it when the wording changes.
		 */
		id: z
			.string({
				error: (iss) =>
					iss.input === undefined
						? 'Jautājumam vajag stabilu id (īss ASCII slugs, piem., "zvana-termins"), unikālu nodarbībā.'
						: undefined,
			})
			.regex(
				/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
				'Jautājuma id: mazie latīņu burti (bez garumzīmēm), cipari un defises, piem., "zvana-termins".',
			)
			.max(40, 'Jautājuma id ir par garu: ne vairāk kā 40 zīmes.'),
		/** 2–5 options. */
		options: z.array(option).min(2).max(5),
	})
	.superRefine((q, ctx) => {
		const correct = q.options.filter((o) => o.correct).length;
		if (correct !== 1)
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `Jautājumam "${q.question}" jābūt tieši vienai pareizai atbildei (correct: true); atrastas ${correct}.`,
			});
	});

/** Frontmatter of a lesson (content/lessons/<course>/<slug>.mdx). */
export const lessonSchema = z.object({
	/** Lesson title. */
	title: z.string().min(1),
	/** Course id: 'vardarbiba' or 'ieslodzijums'. */
	course: z.enum(COURSE_IDS),
	/** Module code within the course, e.g. 'A', 'B1'. */
	module: z.string().min(1),
	/** Position within the module. */
	order: z.number().int().positive(),
	/** One-sentence summary for cards and search. */
	summary: z.string().min(1),
	/** Never typed: a lesson's minutes are derived from its text at build time (src/lib/content/minutes.ts). */
	minutes: z
		.never({ error: 'minutes aprēķina būvējot no teksta garuma; izdzēsiet šo lauku' })
		.optional(),
	/** Learning objectives, 2–5. */
	objectives: z.array(z.string().min(1)).min(2).max(5),
	/** The sources this lesson restates (document, section, lines). Required. */
	sources: z.array(sourceRef, {
		error: (iss) =>
			iss.input === undefined
				? 'Nodarbībai nav norādīts avots: pievienojiet "sources" ar vismaz vienu { document, section, lines }.'
				: undefined,
	}).min(1, 'Nodarbībai nav norādīts avots: "sources" jābūt vismaz vienam ierakstam.'),
	/** Extra search terms and synonyms. */
	keywords: z.array(z.string()).default([]),
	/** Links to other content, checked at build time. */
	related: z
		.object({
			/** Lesson ids ('<course>/<slug>'). */
			lessons: z.array(z.string()).default([]),
			/** Tool ids (content/tools/<id>.yaml). */
			tools: z.array(slug).default([]),
			/** Scenario ids. */
			scenarios: z.array(slug).default([]),
			/** Resource ids. */
			resources: z.array(slug).default([]),
		})
		.default({ lessons: [], tools: [], scenarios: [], resources: [] }),
	/** Knowledge check: 3–6 questions, each with an id unique within the lesson. */
	check: z
		.array(question)
		.min(3, 'Zināšanu pārbaudē vajag vismaz 3 jautājumus.')
		.max(6)
		.superRefine((qs, ctx) => {
			const seen = new Map<string, number>();
			qs.forEach((q, i) => {
				const prev = seen.get(q.id);
				if (prev !== undefined)
					ctx.addIssue({
						code: 'custom',
						path: [i, 'id'],
						message: `Jautājuma id "${q.id}" atkārtojas (arī check.${prev}.id). Katram jautājumam nodarbībā vajag savu id.`,
					});
				else seen.set(q.id, i);
			});
		}),
});

/** Parsed lesson frontmatter. */
export type LessonData = z.infer<typeof lessonSchema>;
