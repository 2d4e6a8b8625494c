import { CITATION_PATTERN } from '../cite/parse.ts';
/**
 * A lesson's reading time, derived from its text at build time (issue 11): about 180 words a
 * minute of reading text, plus one minute per knowledge-check question, rounded up. Never typed by
 * hand. A lesson over MAX_LESSON_MINUTES fails the build and must be split in two. Pure.
 */

/** Words a practitioner reads in a minute. */
export const WORDS_PER_MINUTE = 180;
/** Minutes added for each knowledge-check question. */
export const MINUTES_PER_QUESTION = 1;
/** The longest a lesson may be. */
export const MAX_LESSON_MINUTES = 20;

/**
 * The reading text of an MDX body as plain words: without frontmatter, import/export lines,
 * JSX tags (their text content stays), citation markers, link targets, HTML comments and
 * Markdown punctuation.
 */
export function readingWords(mdx: string): string[] {
	const text = mdx
		.replace(/^---\n[\s\S]*?\n---\n?/, '')
		.replace(/^(import|export)\s.*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(new RegExp(CITATION_PATTERN.source, 'g'), '')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_`>|[\]]/g, ' ');
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Minutes for a lesson with this body and this many knowledge-check questions. */
export function lessonMinutes(mdx: string, questions: number): number {
	const words = readingWords(mdx).length;
	return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE) + questions * MINUTES_PER_QUESTION);
}

/** The build message for a lesson that is too long, or null when it fits. */
export function lessonLengthProblem(file: string, mdx: string, questions: number): string | null {
	const minutes = lessonMinutes(mdx, questions);
	if (minutes <= MAX_LESSON_MINUTES) return null;
	const words = readingWords(mdx).length;
	return `${file} → minutes: nodarbība ir ${minutes} minūtes gara (${words} vārdi un ${questions} jautājumi), vairāk nekā ${MAX_LESSON_MINUTES}; sadaliet to divās nodarbībās.`;
}
