import { z } from 'astro/zod';

/** A module of a course: its code (`A`, `B1`) and title, in the order the course page shows them. */
const courseModule = z.object({
	/** Module code; a lesson names it in `module`. */
	id: z.string().regex(/^[A-Z][0-9]*$/, 'Moduļa id: lielais burts un, ja vajag, cipari, piem., "B1".'),
	/** Module title shown on the course page. */
	title: z.string().min(1),
});

/** A course (content/courses/<id>.yaml, the id is the URL /kursi/<id>/): title, summary and modules. */
export const courseSchema = z
	.object({
		/** Course title. */
		title: z.string().min(1),
		/** Position in the course list. */
		order: z.number().int().positive(),
		/** One or two sentences for the course list and the course page. */
		summary: z.string().min(1),
		/** The modules, in order. */
		modules: z.array(courseModule).min(1, 'Kursam vajag vismaz vienu moduli.'),
	})
	.superRefine((c, ctx) => {
		const seen = new Set<string>();
		c.modules.forEach((m, i) => {
			if (seen.has(m.id))
				ctx.addIssue({ code: 'custom', path: ['modules', i, 'id'], message: `Modulis "${m.id}" atkārtojas.` });
			seen.add(m.id);
		});
	});

export type CourseData = z.output<typeof courseSchema>;
