import { getCollection } from 'astro:content';
import type { Scenario } from '../lib/scenario/types.ts';
import { checkContent, getLessons, lessonUrl } from './queries.ts';

/** Scenarios with their data typed for the engine. */
export async function getScenarios(): Promise<{ id: string; data: Scenario }[]> {
	const all = await getCollection('scenarios');
	return all.map((s) => ({ id: s.id, data: s.data as unknown as Scenario }));
}

/** Lesson id → title and URL, for debrief links. */
export async function lessonIndex(): Promise<Record<string, { title: string; url: string }>> {
	const lessons = await getLessons();
	return Object.fromEntries(lessons.map((l) => [l.id, { title: l.data.title, url: lessonUrl(l.id) }]));
}

/** getStaticPaths for the pages of every scenario (player, facilitator, projector, handout, answer key). */
export async function scenarioStaticPaths() {
	await checkContent();
	return (await getScenarios()).map((s) => ({ params: { id: s.id }, props: { scenario: s.data } }));
}
