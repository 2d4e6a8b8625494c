/**
 * The learner's dashboard, computed from stored progress and the course's build-time data: where
 * to continue, each module's progress, the scenarios finished, the completion summary, the
 * questions to review and the checks that changed since they were answered. Pure: islands only
 * render what these functions return.
 */
import { checkSummary, isCheckChanged, type CheckSummary, type Progress } from './codec.ts';

export { isCheckChanged };

/** A lesson as the dashboard needs it (from frontmatter, at build time). */
export type DashLesson = {
	id: string;
	title: string;
	url: string;
	module: string;
	minutes: number;
	/** The ids of its knowledge-check questions. */
	questionIds: string[];
	/** The check's content hash (`check-hash.ts`). */
	hash: string;
};

/** A scenario of the course. */
export type DashScenario = {
	id: string;
	title: string;
	url: string;
	minutes: number;
	/** Ending node id → its title. */
	endings: Record<string, string>;
};

/** A course: its modules in order (from content/courses), its lessons in order and its scenarios. */
export type DashCourse = {
	id: string;
	title: string;
	modules: { id: string; title: string }[];
	lessons: DashLesson[];
	scenarios: DashScenario[];
};

/** A lesson's state for the learner. */
export type LessonState = {
	lesson: DashLesson;
	/** When it was marked done, if it is. */
	doneAt: string | null;
	/**
	 * The first-attempt result: of the current version when complete; of the version answered, when
	 * the check changed since (`changed`); the migrated or kept earlier-version result otherwise.
	 */
	result: CheckSummary | null;
	/** The check changed after the learner answered it: offer a retake. */
	changed: boolean;
	/** A result kept from an earlier version of the check, if any. */
	earlier: { score: number; total: number; at: string } | null;
};

/** The state of one lesson. */
export function lessonState(p: Progress, lesson: DashLesson): LessonState {
	const changed = isCheckChanged(p, lesson.id, lesson.hash);
	const rec = p.checks[lesson.id];
	const result = changed ? checkSummary(p, lesson.id) : checkSummary(p, lesson.id, lesson.questionIds);
	const complete = result && (result.earlier || changed || result.answered >= result.total) ? result : null;
	return {
		lesson,
		doneAt: p.lessons[lesson.id] ?? null,
		result: complete,
		changed,
		earlier: rec?.earlier && !(complete?.earlier ?? false) ? rec.earlier : null,
	};
}

/** What the course page's main button does. */
export type CourseAction =
	| { kind: 'start'; lesson: DashLesson }
	| { kind: 'continue'; lesson: DashLesson }
	| { kind: 'complete' }
	| { kind: 'empty' };

/** The first lesson, in course order, not marked done; null when all are done. */
export function nextLesson(p: Progress, lessons: DashLesson[]): DashLesson | null {
	return lessons.find((l) => !(l.id in p.lessons)) ?? null;
}

/**
 * "Sākt" while nothing of the course is done or answered, "Turpināt" to the next lesson not done
 * once something is, and "complete" when every lesson is done.
 */
export function courseAction(p: Progress, lessons: DashLesson[]): CourseAction {
	if (!lessons.length) return { kind: 'empty' };
	const next = nextLesson(p, lessons);
	if (!next) return { kind: 'complete' };
	const started = lessons.some((l) => l.id in p.lessons || l.id in p.checks);
	return started ? { kind: 'continue', lesson: next } : { kind: 'start', lesson: next };
}

/** One module's progress. */
export type ModuleProgress = { id: string; title: string; done: number; total: number };

/**
 * Each module of the course in its content order, with its lessons done of its total; a module
 * without lessons yet has total 0 (the course page says it is being prepared). Lessons whose module
 * the course does not list come last, under their own code.
 */
export function moduleProgress(
	p: Progress,
	course: Pick<DashCourse, 'modules' | 'lessons'>,
): ModuleProgress[] {
	const out = new Map<string, ModuleProgress>(
		course.modules.map((m) => [m.id, { id: m.id, title: m.title, done: 0, total: 0 }]),
	);
	for (const l of course.lessons) {
		const m = out.get(l.module) ?? { id: l.module, title: '', done: 0, total: 0 };
		m.total++;
		if (l.id in p.lessons) m.done++;
		out.set(l.module, m);
	}
	return [...out.values()];
}

/** A finished scenario with its ending's title. */
export type FinishedScenario = { scenario: DashScenario; ending: string; at: string };

/** The scenarios that reached an ending, in course order. */
export function finishedScenarios(p: Progress, scenarios: DashScenario[]): FinishedScenario[] {
	return scenarios.flatMap((s) => {
		const r = p.scenarios[s.id];
		return r ? [{ scenario: s, ending: s.endings[r.ending] ?? r.ending, at: r.at }] : [];
	});
}

/** The course completion summary. */
export type Completion = {
	lessons: LessonState[];
	/** Correct first attempts and questions, over the lessons with a result. */
	score: number;
	total: number;
	/** The earliest and latest date in the course's progress (ISO). */
	from: string;
	to: string;
	/** The estimated study time: the minutes of every lesson plus those of the finished scenarios. */
	minutes: number;
	scenarios: FinishedScenario[];
};

/** The completion summary once every lesson of the course is done; null before. */
export function courseCompletion(p: Progress, course: DashCourse): Completion | null {
	if (!course.lessons.length || nextLesson(p, course.lessons)) return null;
	const lessons = course.lessons.map((l) => lessonState(p, l));
	const scenarios = finishedScenarios(p, course.scenarios);
	const dates = [
		...lessons.flatMap((s) => (s.doneAt ? [s.doneAt] : [])),
		...course.lessons.flatMap((l) => Object.values(p.checks[l.id]?.first ?? {}).map((a) => a.at)),
		...scenarios.map((s) => s.at),
	].sort();
	const scored = lessons.filter((s) => s.result);
	return {
		lessons,
		score: scored.reduce((n, s) => n + s.result!.score, 0),
		total: scored.reduce((n, s) => n + s.result!.total, 0),
		from: dates[0]!,
		to: dates.at(-1)!,
		minutes:
			course.lessons.reduce((n, l) => n + l.minutes, 0) +
			scenarios.reduce((n, s) => n + s.scenario.minutes, 0),
		scenarios,
	};
}

/** Minutes as whole hours and the remaining minutes. */
export function hoursAndMinutes(minutes: number): { h: number; m: number } {
	return { h: Math.floor(minutes / 60), m: minutes % 60 };
}

/** A lesson with its questions, for the mistakes review. */
export type ReviewLesson<Q extends { id: string }> = {
	id: string;
	title: string;
	url: string;
	course: string;
	questions: Q[];
};

/** A question answered wrongly at the first attempt. */
export type Mistake<Q extends { id: string }> = { lesson: ReviewLesson<Q>; question: Q; at: string };

/**
 * The questions answered wrongly at the first attempt, across lessons and courses, in course and
 * question order. Questions no longer in the check (removed since) are left out.
 */
export function gatherMistakes<Q extends { id: string }>(
	p: Progress,
	lessons: ReviewLesson<Q>[],
): Mistake<Q>[] {
	return lessons.flatMap((lesson) => {
		const first = p.checks[lesson.id]?.first ?? {};
		return lesson.questions.flatMap((question) => {
			const a = first[question.id];
			return a && !a.correct ? [{ lesson, question, at: a.at }] : [];
		});
	});
}

/** The lessons whose check changed after the learner answered it. */
export function changedLessons(p: Progress, lessons: DashLesson[]): DashLesson[] {
	return lessons.filter((l) => isCheckChanged(p, l.id, l.hash));
}
