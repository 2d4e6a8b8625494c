/** Stored course progress. Versioned: a stored value of another version is discarded. */
export type Progress = {
	v: 1;
	/** Lessons marked done: lesson id → ISO timestamp. */
	lessons: Record<string, string>;
	/** Best knowledge-check result per lesson. */
	checks: Record<string, { score: number; total: number; at: string }>;
	/** Finished scenarios: scenario id → ending reached. */
	scenarios: Record<string, { ending: string; outcome: string; at: string }>;
};

/** A fresh, empty progress value. */
export function emptyProgress(): Progress {
	return { v: 1, lessons: {}, checks: {}, scenarios: {} };
}

const isObj = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * Decodes stored progress defensively: corrupt JSON, another version or a wrong shape yields
 * an empty progress; single malformed entries are dropped, the rest is kept.
 */
export function decodeProgress(raw: string | null | undefined): Progress {
	if (!raw) return emptyProgress();
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return emptyProgress();
	}
	if (!isObj(data) || data.v !== 1) return emptyProgress();
	const out = emptyProgress();
	if (isObj(data.lessons))
		for (const [id, at] of Object.entries(data.lessons)) if (isStr(at)) out.lessons[id] = at;
	if (isObj(data.checks))
		for (const [id, c] of Object.entries(data.checks))
			if (isObj(c) && isCount(c.score) && isCount(c.total) && c.score <= c.total && isStr(c.at))
				out.checks[id] = { score: c.score, total: c.total, at: c.at };
	if (isObj(data.scenarios))
		for (const [id, s] of Object.entries(data.scenarios))
			if (isObj(s) && isStr(s.ending) && isStr(s.outcome) && isStr(s.at))
				out.scenarios[id] = { ending: s.ending, outcome: s.outcome, at: s.at };
	return out;
}

/** Encodes progress for storage or export. */
export function encodeProgress(p: Progress): string {
	return JSON.stringify(p);
}

/** Records a knowledge-check result, keeping the best score. */
export function withCheckResult(
	p: Progress,
	lessonId: string,
	score: number,
	total: number,
	at: string,
): Progress {
	const prev = p.checks[lessonId];
	if (prev && prev.total === total && prev.score > score) return p;
	return { ...p, checks: { ...p.checks, [lessonId]: { score, total, at } } };
}

/** Marks a lesson done (or not). */
export function withLessonDone(p: Progress, lessonId: string, done: boolean, at: string): Progress {
	const lessons = { ...p.lessons };
	if (done) lessons[lessonId] = at;
	else delete lessons[lessonId];
	return { ...p, lessons };
}

/** Records the ending reached in a scenario. */
export function withScenarioResult(
	p: Progress,
	scenarioId: string,
	ending: string,
	outcome: string,
	at: string,
): Progress {
	return { ...p, scenarios: { ...p.scenarios, [scenarioId]: { ending, outcome, at } } };
}

/** How many of the given lessons are done. */
export function countDone(p: Progress, lessonIds: string[]): number {
	return lessonIds.filter((id) => id in p.lessons).length;
}
