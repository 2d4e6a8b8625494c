import { applyFacets, type Facet } from '../facets/index.ts';

/** Length bands for the scenario list filter. */
export type LengthBand = 'short' | 'medium' | 'long';

/** Which band a scenario of `minutes` falls in: ≤15, 16–30, >30. */
export function lengthBand(minutes: number): LengthBand {
	return minutes <= 15 ? 'short' : minutes <= 30 ? 'medium' : 'long';
}

type ScenarioLike = { course: string; topics: string[]; minutes: number };

/** The scenario list's facets, on the shared facets module. */
export const SCENARIO_FACETS: Facet<ScenarioLike>[] = [
	{ key: 'course', param: 'kurss', values: (i) => [i.course] },
	{ key: 'topic', param: 'tema', values: (i) => i.topics },
	{ key: 'length', param: 'ilgums', values: (i) => [lengthBand(i.minutes)] },
];

/** Filters scenarios by course, topic and length band; an empty filter matches everything. */
export function filterScenarios<T extends ScenarioLike>(
	items: T[],
	f: { course: string; topic: string; length: LengthBand | '' },
): T[] {
	const one = (v: string) => (v ? [v] : []);
	return applyFacets(items, SCENARIO_FACETS as Facet<T>[], {
		course: one(f.course),
		topic: one(f.topic),
		length: one(f.length),
	});
}
