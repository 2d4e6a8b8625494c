/**
 * Course ids. A course's title, summary and modules are content (content/courses/<id>.yaml,
 * read through src/content/course-queries.ts); lessons name their course and module in frontmatter.
 */
export const COURSE_IDS = ['vardarbiba', 'ieslodzijums'] as const;

/** A course id. */
export type CourseId = (typeof COURSE_IDS)[number];
