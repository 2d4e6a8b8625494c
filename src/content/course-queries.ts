import { getCollection, type CollectionEntry } from 'astro:content';
import type { CourseId } from '../lib/content/courses.ts';

/** A course as pages use it: its id, title, summary and modules in order. */
export type Course = CollectionEntry<'courses'>['data'] & { id: CourseId };

/** Every course, in the order of their `order` field. */
export async function getCourses(): Promise<Course[]> {
	const all = await getCollection('courses');
	return all
		.map((c) => ({ ...c.data, id: c.id as CourseId }))
		.sort((a, b) => a.order - b.order);
}

/** One course by id; throws (failing the build) when content/courses/<id>.yaml is missing. */
export async function getCourse(id: string): Promise<Course> {
	const course = (await getCourses()).find((c) => c.id === id);
	if (!course) throw new Error(`content/courses/${id}.yaml: kursa "${id}" nav.`);
	return course;
}
