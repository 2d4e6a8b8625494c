import type { Scenario, SourceRef } from '../scenario/types.ts';
import { encodeDeep } from '../cite/marker.ts';
import { refCitation } from '../cite/format.ts';

/**
 * A choice's source as one cited text: "[@000, 218–225] — note". The player, the facilitator,
 * the answer key and the handout format it through src/lib/cite (reader marker or trainer label).
 */
export function sourceCitation(s: SourceRef): string {
	return refCitation(s);
}

/**
 * The scenario with every citation resolved for an island (reader markers, or with `trainer`
 * labels with line ranges), and each choice's source as one resolved line in `source.note`.
 */
export function resolveScenario(scenario: Scenario, opts: { trainer?: boolean } = {}): Scenario {
	const withSources: Scenario = {
		...scenario,
		nodes: Object.fromEntries(
			Object.entries(scenario.nodes).map(([id, node]) => [
				id,
				node.choices
					? {
							...node,
							choices: node.choices.map((c) => ({
								...c,
								source: { ...c.source, note: sourceCitation(c.source) },
							})),
						}
					: node,
			]),
		),
	};
	return encodeDeep(withSources, opts);
}
