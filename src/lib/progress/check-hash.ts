import { fnv1aHex } from '../text/hash.ts';

/** What the content hash of a knowledge check reads: question ids, option texts and correct flags. */
export type HashableQuestion = { id: string; options: { text: string; correct?: boolean }[] };

/**
 * The content hash of a lesson's knowledge check, computed at build time and stored with the
 * learner's first attempts. It changes when a question is added or removed, or an option's text or
 * correct flag changes; it does not change when only the order changes (options are shown in a
 * computed order, questions are keyed by id), nor when a stem or feedback is reworded.
 */
export function checkHash(questions: HashableQuestion[]): string {
	const canon = [...questions]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((q) => {
			const opts = q.options.map((o) => `${o.correct ? '+' : '-'}${o.text.trim()}`).sort();
			return `${q.id}\u0001${opts.join('\u0002')}`;
		});
	return fnv1aHex(canon.join('\u0003'));
}
