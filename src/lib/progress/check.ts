/** Counts correct answers: `picked[i]` is the chosen option index of question i, or null. */
export function scoreAnswers(
	questions: { options: { correct?: boolean }[] }[],
	picked: (number | null)[],
): number {
	return questions.reduce((n, q, i) => {
		const p = picked[i];
		return n + (p != null && q.options[p]?.correct ? 1 : 0);
	}, 0);
}

/**
 * Drops a leading verdict word ("Pareizi.", "Nepareizi —") from an answer's feedback: the
 * knowledge check already announces the verdict, so it is not said twice.
 */
export function stripVerdict(feedback: string): string {
	return feedback.replace(/^\s*(?:ne)?pareizi\s*[.!,:;—–-]\s*/i, '');
}
