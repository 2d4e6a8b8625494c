import type { Scenario } from './types.ts';
import { fnv1aHex } from '../text/hash.ts';

/**
 * Stable short hash of a scenario's content: FNV-1a (32-bit) over canonical JSON with sorted
 * keys, as 8 hex digits. A stored run is replayed only when this still matches.
 * @example contentHash(scenario) // → '9c1f0a3e'
 */
export function contentHash(scenario: Scenario): string {
	return fnv1aHex(canonicalJson(scenario));
}

/** JSON with object keys sorted at every level, so key order in the YAML does not change the hash. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
		const sorted: Record<string, unknown> = {};
		for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
		return sorted;
	});
}
