/** Counts correct answers: `picked[i]` is the chosen option index of question i, or null. */
export function scoreAnswers(
	questions: { options: { correct?: boolean }[] }[],
	picked: (number | null)[]
): number {
	return questions.reduce((n, q, i) => {
		const p = picked[i];
		return n + (p != null && q.options[p]?.correct ? 1 : 0);
	}, 0);
}
