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
 * The scenario with every citation resolved for an island (reader marker and trainer label
 * both), and each choice's source as one resolved line in `source.note`. The player, the
 * facilitator and the projector get the same object, so their content hashes agree.
 */
export function resolveScenario(scenario: Scenario): Scenario {
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
	return encodeDeep(withSources);
}
