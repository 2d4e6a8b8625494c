import { persistentAtom } from '@nanostores/persistent';
import { storageKey } from './kept.ts';
import {
	decodeProgress,
	emptyProgress,
	encodeProgress,
	withCheckResult,
	withLessonDone,
	withScenarioResult,
	type Progress,
} from '../lib/progress/codec.ts';

/** Course progress, persisted in localStorage under a versioned, prefixed key. */
export const $progress = persistentAtom<Progress>(storageKey('progress', null, 1), emptyProgress(), {
	encode: encodeProgress,
	decode: decodeProgress,
});

const now = () => new Date().toISOString();

/** Saves a knowledge-check result for a lesson (the best score is kept). */
export function recordCheck(lessonId: string, score: number, total: number): void {
	$progress.set(withCheckResult($progress.get(), lessonId, score, total, now()));
}

/** Marks a lesson as done or not done. */
export function setLessonDone(lessonId: string, done: boolean): void {
	$progress.set(withLessonDone($progress.get(), lessonId, done, now()));
}

/** Saves the ending a scenario reached. */
export function recordScenario(scenarioId: string, ending: string, outcome: string): void {
	$progress.set(withScenarioResult($progress.get(), scenarioId, ending, outcome, now()));
}

/** Replaces progress with an imported file's content; returns false if the file is not valid. */
export function importProgress(text: string): boolean {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return false;
	}
	if (typeof parsed !== 'object' || parsed === null || (parsed as { v?: unknown }).v !== 1) return false;
	$progress.set(decodeProgress(text));
	return true;
}

/** Deletes all progress. */
export function resetProgress(): void {
	$progress.set(emptyProgress());
}
