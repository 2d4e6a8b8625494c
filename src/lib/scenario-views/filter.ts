/** Length bands for the scenario list filter. */
export type LengthBand = 'short' | 'medium' | 'long';

/** Which band a scenario of `minutes` falls in: ≤15, 16–30, >30. */
export function lengthBand(minutes: number): LengthBand {
	return minutes <= 15 ? 'short' : minutes <= 30 ? 'medium' : 'long';
}

/** Filters scenarios by course, topic and length band; an empty filter matches everything. */
export function filterScenarios<T extends { course: string; topics: string[]; minutes: number }>(
	items: T[],
	f: { course: string; topic: string; length: LengthBand | '' },
): T[] {
	return items.filter(
		(i) =>
			(!f.course || i.course === f.course) &&
			(!f.topic || i.topics.includes(f.topic)) &&
			(!f.length || lengthBand(i.minutes) === f.length),
	);
}
