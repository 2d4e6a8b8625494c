/**
 * The one Latvian UI dictionary for `.astro` pages: every feature's strings merged.
 * Each feature's keys live in `src/i18n/lv/<feature>.ts`; an island imports only its own
 * (`createT(planStrings)`), so a page ships only the strings its islands use.
 * Content (lessons, scenarios, algorithms, tools) comes from `content/`, never from here.
 * A unit test (tests/unit/i18n) fails when two files define the same key.
 */
import { createT, tPlural as pluralOf } from './t.ts';
import { aboutStrings } from './lv/about.ts';
import { algoStrings } from './lv/algo.ts';
import { answersStrings } from './lv/answers.ts';
import { calloutStrings } from './lv/callout.ts';
import { checkStrings } from './lv/check.ts';
import { checklistStrings } from './lv/checklist.ts';
import { drillStrings } from './lv/drill.ts';
import { commonStrings } from './lv/common.ts';
import { contentStrings } from './lv/content.ts';
import { courseStrings } from './lv/course.ts';
import { deadlineStrings } from './lv/deadline.ts';
import { facilitatorStrings } from './lv/facilitator.ts';
import { glossaryStrings } from './lv/glossary.ts';
import { handoutStrings } from './lv/handout.ts';
import { homeStrings } from './lv/home.ts';
import { lessonStrings } from './lv/lesson.ts';
import { navStrings } from './lv/nav.ts';
import { notFoundStrings } from './lv/notFound.ts';
import { planStrings } from './lv/plan.ts';
import { processStrings } from './lv/process.ts';
import { progressStrings } from './lv/progress.ts';
import { projectorStrings } from './lv/projector.ts';
import { quickExitStrings } from './lv/quickExit.ts';
import { resourcesStrings } from './lv/resources.ts';
import { scenarioStrings } from './lv/scenario.ts';
import { searchStrings } from './lv/search.ts';
import { siteStrings } from './lv/site.ts';
import { toolsStrings } from './lv/tools.ts';
import { trainersStrings } from './lv/trainers.ts';

export const lv = {
	...aboutStrings,
	...algoStrings,
	...answersStrings,
	...calloutStrings,
	...checkStrings,
	...checklistStrings,
	...drillStrings,
	...commonStrings,
	...contentStrings,
	...courseStrings,
	...deadlineStrings,
	...facilitatorStrings,
	...glossaryStrings,
	...handoutStrings,
	...homeStrings,
	...lessonStrings,
	...navStrings,
	...notFoundStrings,
	...planStrings,
	...processStrings,
	...progressStrings,
	...projectorStrings,
	...quickExitStrings,
	...resourcesStrings,
	...scenarioStrings,
	...searchStrings,
	...siteStrings,
	...toolsStrings,
	...trainersStrings,
} as const;

export type UiKey = keyof typeof lv;

/** Looks up a UI string and fills `{name}` placeholders. */
export const t = createT(lv);

/**
 * Picks the Latvian plural form: zero (0, 10, 11…), one (1, 21…), other (2, 5, 22…).
 * @example tPlural(21, { zero: 'search.resultsZero', one: 'search.resultsOne', other: 'search.results' })
 */
export function tPlural(
	count: number,
	keys: { zero: UiKey; one: UiKey; other: UiKey },
	vars: Record<string, string | number> = {},
): string {
	return pluralOf(t, count, keys, vars);
}
