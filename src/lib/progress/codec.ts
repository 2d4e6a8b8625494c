/**
 * Stored course progress, version 2.
 *
 * - `lessons`: when each lesson was marked done (lesson id → ISO time).
 * - `checks`: per lesson, the FIRST attempt at each knowledge-check question, by question id. A
 *   retry is practice: it never replaces a first attempt, so it never raises the score.
 * - `drills`: the first result of each drill (tool id → correct of total).
 * - `scenarios`: the ending each scenario last reached, with how many choices of each quality.
 *
 * Version 1 (today's site until issue 8) is migrated, not discarded: its lessons and scenarios
 * carry over, and its best check score per lesson is kept as `earlier` (it has no per-question
 * data). Corrupt data decodes to empty progress. A future version is read for the fields this
 * version knows (later versions only add fields).
 */
export type FirstAttempt = { correct: boolean; at: string };

/** One lesson's knowledge check. */
export type CheckRecord = {
	/** Question id → the first attempt. */
	first: Record<string, FirstAttempt>;
	/** How many questions the check had when last answered. */
	total: number;
	/**
	 * A result from an earlier version of the check: migrated from version 1 (the best score then),
	 * or the first-attempt score kept when the learner retook a check whose content had changed.
	 */
	earlier?: { score: number; total: number; at: string };
	/**
	 * The content hash of the check (`lib/progress/check-hash.ts`) the first attempts were made
	 * against. Optional (added after version 2 shipped): records without it are never flagged as
	 * changed.
	 */
	hash?: string;
};

/** A drill's first result. */
export type DrillResult = { correct: number; total: number; at: string };

/** How many choices of each quality a scenario run took. */
export type ScenarioScore = { recommended: number; acceptable: number; harmful: number };

/** A finished scenario. */
export type ScenarioResult = { ending: string; outcome: string; at: string; score?: ScenarioScore };

export type Progress = {
	v: 2;
	lessons: Record<string, string>;
	checks: Record<string, CheckRecord>;
	drills: Record<string, DrillResult>;
	scenarios: Record<string, ScenarioResult>;
};

/** The version-1 format, as today's site writes it under `pc:progress:v1`. */
export type ProgressV1 = {
	v: 1;
	lessons: Record<string, string>;
	checks: Record<string, { score: number; total: number; at: string }>;
	scenarios: Record<string, { ending: string; outcome: string; at: string }>;
};

/** The localStorage key: prefixed and versioned (STYLE.md rule 10). */
export const PROGRESS_KEY = 'pc:progress:v2';
/** Where version 1 kept progress; read once and migrated (`migrateStoredProgress`). */
export const LEGACY_PROGRESS_KEY = 'pc:progress:v1';
/** The format version this code writes. */
export const PROGRESS_VERSION = 2;

/** A fresh, empty progress value. */
export function emptyProgress(): Progress {
	return { v: 2, lessons: {}, checks: {}, drills: {}, scenarios: {} };
}

const isObj = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const entries = (x: unknown): [string, unknown][] => (isObj(x) ? Object.entries(x) : []);

function readLessons(x: unknown): Progress['lessons'] {
	const out: Progress['lessons'] = {};
	for (const [id, at] of entries(x)) if (isStr(at)) out[id] = at;
	return out;
}

function readScore(x: unknown): { score: number; total: number; at: string } | undefined {
	return isObj(x) && isCount(x.score) && isCount(x.total) && x.score <= x.total && isStr(x.at)
		? { score: x.score, total: x.total, at: x.at }
		: undefined;
}

function readScenarios(x: unknown): Progress['scenarios'] {
	const out: Progress['scenarios'] = {};
	for (const [id, s] of entries(x)) {
		if (!isObj(s) || !isStr(s.ending) || !isStr(s.outcome) || !isStr(s.at)) continue;
		const r: ScenarioResult = { ending: s.ending, outcome: s.outcome, at: s.at };
		const sc = s.score;
		if (isObj(sc) && isCount(sc.recommended) && isCount(sc.acceptable) && isCount(sc.harmful))
			r.score = { recommended: sc.recommended, acceptable: sc.acceptable, harmful: sc.harmful };
		out[id] = r;
	}
	return out;
}

function readChecksV2(x: unknown): Progress['checks'] {
	const out: Progress['checks'] = {};
	for (const [lesson, c] of entries(x)) {
		if (!isObj(c)) continue;
		const first: CheckRecord['first'] = {};
		for (const [q, a] of entries(c.first))
			if (isObj(a) && typeof a.correct === 'boolean' && isStr(a.at))
				first[q] = { correct: a.correct, at: a.at };
		const earlier = readScore(c.earlier);
		const total = isCount(c.total) ? c.total : Object.keys(first).length;
		if (!Object.keys(first).length && !earlier) continue;
		const rec: CheckRecord = earlier ? { first, total, earlier } : { first, total };
		if (isStr(c.hash)) rec.hash = c.hash;
		out[lesson] = rec;
	}
	return out;
}

function readDrills(x: unknown): Progress['drills'] {
	const out: Progress['drills'] = {};
	for (const [id, d] of entries(x))
		if (isObj(d) && isCount(d.correct) && isCount(d.total) && d.correct <= d.total && isStr(d.at))
			out[id] = { correct: d.correct, total: d.total, at: d.at };
	return out;
}

/** Migrates version-1 data (already parsed) to version 2; malformed entries are dropped. */
export function migrateV1(data: Record<string, unknown>): Progress {
	const out = emptyProgress();
	out.lessons = readLessons(data.lessons);
	for (const [id, c] of entries(data.checks)) {
		const earlier = readScore(c);
		if (earlier) out.checks[id] = { first: {}, total: earlier.total, earlier };
	}
	out.scenarios = readScenarios(data.scenarios);
	return out;
}

/** What a stored or imported text turned out to be. */
export type ProgressSource = 'v1' | 'v2' | 'future' | 'empty' | 'invalid';

/**
 * Reads progress from text: version 2 as is, version 1 migrated, a later version for the fields
 * this version knows. Anything else (corrupt JSON, no version, a wrong shape) is 'invalid' and
 * yields empty progress; it never throws.
 */
export function readProgress(raw: string | null | undefined): { progress: Progress; source: ProgressSource } {
	if (!raw) return { progress: emptyProgress(), source: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { progress: emptyProgress(), source: 'invalid' };
	}
	if (!isObj(data) || typeof data.v !== 'number' || !Number.isInteger(data.v) || data.v < 1)
		return { progress: emptyProgress(), source: 'invalid' };
	if (data.v === 1) return { progress: migrateV1(data), source: 'v1' };
	const progress: Progress = {
		v: 2,
		lessons: readLessons(data.lessons),
		checks: readChecksV2(data.checks),
		drills: readDrills(data.drills),
		scenarios: readScenarios(data.scenarios),
	};
	return { progress, source: data.v === PROGRESS_VERSION ? 'v2' : 'future' };
}

/** Decodes stored progress defensively (see `readProgress`); used by the persistent store. */
export function decodeProgress(raw: string | null | undefined): Progress {
	return readProgress(raw).progress;
}

/** Encodes progress for storage or export (always the current version). */
export function encodeProgress(p: Progress): string {
	return JSON.stringify(p);
}

/**
 * Moves version-1 progress to the version-2 key once: when the new key is empty and the old one
 * holds data, the migrated value is written and the old key removed. Storage errors are ignored
 * (progress then simply starts from what the new key holds).
 */
export function migrateStoredProgress(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): void {
	if (!storage) return;
	try {
		if (storage.getItem(PROGRESS_KEY) !== null) return;
		const old = storage.getItem(LEGACY_PROGRESS_KEY);
		if (old === null) return;
		storage.setItem(PROGRESS_KEY, encodeProgress(decodeProgress(old)));
		storage.removeItem(LEGACY_PROGRESS_KEY);
	} catch {
		/* storage blocked or full */
	}
}

/**
 * Records the first attempt at a question. A later attempt (a retry, for practice) leaves the
 * progress unchanged, so the stored score can never rise by retrying. With `hash` (the check's
 * content hash), the record remembers which version was answered; an attempt at a different
 * version than the stored one is practice too, until the learner starts a retake (`withRetake`).
 */
export function withFirstAttempt(
	p: Progress,
	lessonId: string,
	questionId: string,
	correct: boolean,
	total: number,
	at: string,
	hash?: string,
): Progress {
	const prev = p.checks[lessonId];
	if (prev?.first[questionId]) return p;
	if (hash && prev?.hash && prev.hash !== hash) return p;
	const record: CheckRecord = {
		...prev,
		first: { ...prev?.first, [questionId]: { correct, at } },
		total,
	};
	const h = hash ?? prev?.hash;
	if (h) record.hash = h;
	return { ...p, checks: { ...p.checks, [lessonId]: record } };
}

/**
 * Starts a retake of a check whose content changed (`hash` is the new version's): the first-attempt
 * score so far is kept as `earlier` (a result from an earlier version), and the first attempts
 * start again for the new version. Does nothing when the stored version already is `hash`.
 */
export function withRetake(p: Progress, lessonId: string, hash: string): Progress {
	const prev = p.checks[lessonId];
	if (!prev || prev.hash === hash) return p;
	const old = checkSummary(p, lessonId);
	const earlier = old ? { score: old.score, total: old.total, at: old.at } : prev.earlier;
	const record: CheckRecord = { first: {}, total: prev.total, hash };
	if (earlier) record.earlier = earlier;
	return { ...p, checks: { ...p.checks, [lessonId]: record } };
}

/** A lesson's knowledge-check result as shown to the learner. */
export type CheckSummary = { score: number; total: number; answered: number; at: string; earlier: boolean };

/**
 * The first-attempt score of a lesson's check: correct first attempts of `total` questions, and how
 * many are answered (only the given question ids count, when given). Falls back to the migrated
 * version-1 result while no question has a first attempt. Null when nothing is stored.
 */
export function checkSummary(p: Progress, lessonId: string, questionIds?: string[]): CheckSummary | null {
	const rec = p.checks[lessonId];
	if (!rec) return null;
	const ids = questionIds ?? Object.keys(rec.first);
	const attempts = ids.map((id) => rec.first[id]).filter((a): a is FirstAttempt => !!a);
	if (attempts.length) {
		return {
			score: attempts.filter((a) => a.correct).length,
			total: questionIds ? questionIds.length : Math.max(rec.total, attempts.length),
			answered: attempts.length,
			at: attempts
				.map((a) => a.at)
				.sort()
				.at(-1)!,
			earlier: false,
		};
	}
	return rec.earlier ? { ...rec.earlier, answered: rec.earlier.total, earlier: true } : null;
}

/** Marks a lesson done (or not), with the time. */
export function withLessonDone(p: Progress, lessonId: string, done: boolean, at: string): Progress {
	const lessons = { ...p.lessons };
	if (done) lessons[lessonId] = at;
	else delete lessons[lessonId];
	return { ...p, lessons };
}

/** Records the ending reached in a scenario (the latest run), with the run's choice counts. */
export function withScenarioResult(
	p: Progress,
	scenarioId: string,
	ending: string,
	outcome: string,
	at: string,
	score?: ScenarioScore,
): Progress {
	const r: ScenarioResult = score ? { ending, outcome, at, score } : { ending, outcome, at };
	return { ...p, scenarios: { ...p.scenarios, [scenarioId]: r } };
}

/** Records a drill's result; like a knowledge check, only the first result is kept. */
export function withDrillResult(
	p: Progress,
	drillId: string,
	correct: number,
	total: number,
	at: string,
): Progress {
	if (p.drills[drillId]) return p;
	return { ...p, drills: { ...p.drills, [drillId]: { correct, total, at } } };
}

/** How many of the given lessons are done. */
export function countDone(p: Progress, lessonIds: string[]): number {
	return lessonIds.filter((id) => id in p.lessons).length;
}

/**
 * Whether a lesson's check changed after the learner answered it: the version stored with the first
 * attempts differs from the current one. Records without a stored version are never flagged.
 */
export function isCheckChanged(p: Progress, lessonId: string, hash: string): boolean {
	const rec = p.checks[lessonId];
	return !!rec?.hash && rec.hash !== hash && Object.keys(rec.first).length > 0;
}
