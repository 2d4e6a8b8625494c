/**
 * FNV-1a, 32-bit, over the UTF-16 code units of `text`: a small, stable, non-cryptographic hash.
 * Used for content hashes (a stored run is replayed only while it matches) and to seed the option
 * order (`lib/shuffle/seeded.ts`).
 * @example fnv1a('') // → 0x811c9dc5
 */
export function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** FNV-1a as 8 hex digits. */
export function fnv1aHex(text: string): string {
	return fnv1a(text).toString(16).padStart(8, '0');
}
