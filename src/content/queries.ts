import { getCollection, type CollectionEntry } from 'astro:content';
import { caveatProblems } from '../lib/caveats/collect.ts';
import { lessonLengthProblem, lessonMinutes } from '../lib/content/minutes.ts';
import { keyPointsProblem } from '../lib/content/key-points.ts';
import { assertContentIntegrity, formatIssues } from '../lib/content/integrity.ts';
import { findCheckBiasIssues, findScenarioBiasIssues, formatShares } from '../lib/content/position-bias.ts';
import type { Scenario } from '../lib/scenario/types.ts';
import { getCourses } from './course-queries.ts';

/** Lessons sorted by course, then module (both in their content order), then `order`. */
export async function getLessons(): Promise<CollectionEntry<'lessons'>[]> {
	const [lessons, courses] = await Promise.all([getCollection('lessons'), getCourses()]);
	const rank = (l: CollectionEntry<'lessons'>): [number, number] => {
		const c = courses.findIndex((x) => x.id === l.data.course);
		return [c, courses[c]?.modules.findIndex((m) => m.id === l.data.module) ?? -1];
	};
	return lessons.sort((a, b) => {
		const [ca, ma] = rank(a);
		const [cb, mb] = rank(b);
		return ca - cb || ma - mb || a.data.order - b.data.order;
	});
}

/** URL of a lesson from its id ('<course>/<slug>'). */
/** A lesson's minutes, derived from its reading text and its number of questions. */
export function minutesOf(entry: CollectionEntry<'lessons'>): number {
	return lessonMinutes(entry.body ?? '', entry.data.check?.length ?? 0);
}

export function lessonUrl(id: string): string {
	return `/kursi/${id}/`;
}

let checked: Promise<void> | null = null;

/**
 * Loads every collection once and throws (failing the build) if cross-references dangle,
 * ids repeat or a collection is empty. Astro itself only logs such problems.
 */
export function checkContent(): Promise<void> {
	checked ??= (async () => {
		const [courses, lessons, algorithms, resources, glossary, scenarios, tools] = await Promise.all([
			getCollection('courses'),
			getCollection('lessons'),
			getCollection('algorithms'),
			getCollection('resources'),
			getCollection('glossary'),
			getCollection('scenarios'),
			getCollection('tools'),
		]);
		assertContentIntegrity({
			courses: courses.map((x) => ({ id: x.id, file: x.filePath ?? x.id, data: x.data })),
			lessons: lessons.map((l) => ({ id: l.id, file: l.filePath ?? l.id, data: l.data })),
			algorithms: algorithms.map((a) => ({ id: a.id, file: a.filePath ?? a.id })),
			resources: resources.map((r) => ({ id: r.id, file: r.filePath ?? r.id })),
			glossary: glossary.map((g) => ({ id: g.id, file: 'content/glossary/' })),
			scenarios: scenarios.map((s) => ({ id: s.id, file: s.filePath ?? s.id, data: s.data })),
			tools: tools.map((x) => ({
				id: x.id,
				file: x.filePath ?? x.id,
				data: { lessons: x.data.lessons, algorithm: x.data.type === 'page' ? x.data.algorithm : undefined },
			})),
		});
		// Options must not give the answer away: checked on the computed order (issue 8).
		const bias = findCheckBiasIssues(
			lessons.map((l) => ({ id: l.id, file: l.filePath ?? l.id, course: l.data.course, check: l.data.check })),
		);
		const issues = [
			...bias.issues,
			...scenarios.flatMap((s) =>
				findScenarioBiasIssues({ id: s.id, file: s.filePath ?? s.id, data: s.data as unknown as Scenario }),
			),
		];
		console.log(formatShares(bias.shares));
		// A lesson over 20 minutes (derived from its text) must be split (issue 11).
		const long = lessons.flatMap(
			(l) => lessonLengthProblem(l.filePath ?? l.id, l.body ?? '', l.data.check?.length ?? 0) ?? [],
		);
		if (long.length) throw new Error(`Nodarbību garums (${long.length}):\n${long.join('\n')}`);
		const keyPoints = lessons.flatMap((l) => keyPointsProblem(l.filePath ?? l.id, l.body ?? '') ?? []);
		if (keyPoints.length) throw new Error(`Lodziņš „Galvenais” (${keyPoints.length}):\n${keyPoints.join('\n')}`);
		// Currency caveats must name their dated source (issue 11).
		const caveats = lessons.flatMap((l) => caveatProblems(l.filePath ?? l.id, l.body ?? ''));
		if (caveats.length) throw new Error(`Pārbaudāmo faktu atzīmes (${caveats.length}):\n${caveats.join('\n')}`);
		if (issues.length)
			throw new Error(`Atbilžu secības pārbaude neizdevās (${issues.length}):\n${formatIssues(issues)}`);
	})();
	return checked;
}
