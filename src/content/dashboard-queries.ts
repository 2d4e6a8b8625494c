import type { CollectionEntry } from 'astro:content';
import { getLessons, lessonUrl, minutesOf } from './queries.ts';
import { getScenarios } from './scenario-queries.ts';
import { getCourses } from './course-queries.ts';
import { orderCourseChecks } from '../lib/shuffle/checks.ts';
import { checkHash } from '../lib/progress/check-hash.ts';
import { stripVerdict } from '../lib/progress/check.ts';
import type { DashCourse, ReviewLesson } from '../lib/progress/dashboard.ts';

type Question = CollectionEntry<'lessons'>['data']['check'][number];

/** Every course with lessons, as the dashboard needs it: lessons in order with their check hash, modules, scenarios. */
export async function getDashCourses(): Promise<DashCourse[]> {
	const lessons = await getLessons();
	const scenarios = await getScenarios();
	const courses = (await getCourses()).filter((c) => lessons.some((l) => l.data.course === c.id));
	return courses.map(({ id, title, modules }) => ({
		id,
		title,
		modules: modules.map((m) => ({ id: m.id, title: m.title })),
		lessons: lessons
			.filter((l) => l.data.course === id)
			.map((l) => ({
				id: l.id,
				title: l.data.title,
				url: lessonUrl(l.id),
				module: l.data.module,
				minutes: minutesOf(l),
				questionIds: l.data.check.map((q) => q.id),
				hash: checkHash(l.data.check),
			})),
		scenarios: scenarios
			.filter((s) => s.data.course === id)
			.map((s) => ({
				id: s.id,
				title: s.data.title,
				url: `/scenariji/${s.id}/`,
				minutes: s.data.minutes,
				endings: Object.fromEntries(
					Object.entries(s.data.nodes)
						.filter(([, n]) => n.ending)
						.map(([nid, n]) => [nid, n.title]),
				),
			})),
	}));
}

/**
 * Every lesson's questions, options in the displayed order, for the mistakes review; each option's
 * feedback without its leading verdict (the review says it), so the island needs no helper for it.
 */
export async function getReviewLessons(): Promise<ReviewLesson<Question>[]> {
	const lessons = await getLessons();
	const courses = await getCourses();
	const out: ReviewLesson<Question>[] = [];
	for (const course of new Set(lessons.map((l) => l.data.course))) {
		const inCourse = lessons.filter((l) => l.data.course === course);
		const ordered = orderCourseChecks(inCourse.map((l) => ({ id: l.id, check: l.data.check })));
		for (const l of inCourse)
			out.push({
				id: l.id,
				title: l.data.title,
				url: lessonUrl(l.id),
				course: courses.find((c) => c.id === course)?.title ?? course,
				questions: ordered.get(l.id)!.map((q) => ({
					...q,
					options: q.options.map((o) => ({ ...o, feedback: stripVerdict(o.feedback) })),
				})),
			});
	}
	return out;
}
