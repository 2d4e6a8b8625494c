import { persistentAtom } from '@nanostores/persistent';
import {
	decodeProgress,
	emptyProgress,
	encodeProgress,
	PROGRESS_VERSION,
	migrateStoredProgress,
	readProgress,
	withDrillResult,
	withFirstAttempt,
	withLessonDone,
	withRetake,
	withScenarioResult,
	type Progress,
	type ScenarioScore,
} from '../lib/progress/codec.ts';
import { safeStorage, storageKey } from './kept.ts';

// Version-1 progress (`pc:progress:v1`) moves to the version-2 key before the store reads it.
if (typeof window !== 'undefined') migrateStoredProgress(safeStorage('local'));

/** Course progress, persisted in localStorage under a versioned, prefixed key. */
export const $progress = persistentAtom<Progress>(
	storageKey('progress', null, PROGRESS_VERSION),
	emptyProgress(),
	{
		encode: encodeProgress,
		decode: decodeProgress,
	},
);

const now = () => new Date().toISOString();

/**
 * Saves the first attempt at a knowledge-check question. A retry (the question already has a
 * first attempt) changes nothing: practice never raises the stored score.
 */
export function recordFirstAttempt(
	lessonId: string,
	questionId: string,
	correct: boolean,
	total: number,
	hash?: string,
): void {
	$progress.set(withFirstAttempt($progress.get(), lessonId, questionId, correct, total, now(), hash));
}

/** Starts a retake of a changed check: the old score is kept as an earlier version's. */
export function startRetake(lessonId: string, hash: string): void {
	$progress.set(withRetake($progress.get(), lessonId, hash));
}

/** Marks a lesson as done or not done. */
export function setLessonDone(lessonId: string, done: boolean): void {
	$progress.set(withLessonDone($progress.get(), lessonId, done, now()));
}

/** Saves the ending a scenario reached and the run's choice counts. */
export function recordScenario(
	scenarioId: string,
	ending: string,
	outcome: string,
	score?: ScenarioScore,
): void {
	$progress.set(withScenarioResult($progress.get(), scenarioId, ending, outcome, now(), score));
}

/** Saves a drill's first result. */
export function recordDrill(drillId: string, correct: number, total: number): void {
	$progress.set(withDrillResult($progress.get(), drillId, correct, total, now()));
}

/**
 * Replaces progress with an imported file's content: a version-2 file, a version-1 file (migrated)
 * or a later version (the fields this version knows). Returns false when the file is not progress.
 */
export function importProgress(text: string): boolean {
	const { progress, source } = readProgress(text);
	if (source === 'invalid' || source === 'empty') return false;
	$progress.set(progress);
	return true;
}

/** Deletes all progress. */
export function resetProgress(): void {
	$progress.set(emptyProgress());
}
