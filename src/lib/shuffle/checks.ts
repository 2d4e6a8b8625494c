import { balancedOrders } from './seeded.ts';

/** The part of a knowledge-check question the order needs: its id and its options (one correct). */
export type OrderableQuestion = { id: string; options: { correct?: boolean }[] };

/** A lesson's id and its knowledge check, as authored. */
export type LessonCheck<Q extends OrderableQuestion> = { id: string; check: Q[] };

/**
 * Orders the options of every question of one course with the balancing placement: the keys
 * (`check:<lessonId>:<questionId>`) are walked in a stable order and each correct option goes to
 * the position used least so far in the course. Returns lesson id → its questions with the
 * options in display order (question order is kept). Pure and deterministic: the lesson page
 * renders this order on the server and passes it to the island, so both agree.
 */
export function orderCourseChecks<Q extends OrderableQuestion>(lessons: LessonCheck<Q>[]): Map<string, Q[]> {
	const items = lessons.flatMap((l) =>
		l.check.map((q) => {
			const answer = q.options.findIndex((o) => o.correct);
			return {
				key: `check:${l.id}:${q.id}`,
				size: q.options.length,
				answer: answer < 0 ? null : answer,
			};
		}),
	);
	const orders = balancedOrders(items);
	let k = 0;
	return new Map(
		lessons.map((l) => [
			l.id,
			l.check.map((q) => {
				const order = orders[k++]!;
				return { ...q, options: order.map((i) => q.options[i]!) };
			}),
		]),
	);
}
