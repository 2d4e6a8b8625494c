import type { Scenario } from './types.ts';

/**
 * Stable short hash of a scenario's content: FNV-1a (32-bit) over canonical JSON with sorted
 * keys, as 8 hex digits. A stored run is replayed only when this still matches.
 * @example contentHash(scenario) // → '9c1f0a3e'
 */
export function contentHash(scenario: Scenario): string {
	const text = canonicalJson(scenario);
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
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
