// What this browser keeps for offline use: the paths in the site's Cache Storage caches (pc-*).

/** Every same-origin path kept in the site's caches. */
export async function keptPaths(): Promise<Set<string>> {
	const kept = new Set<string>();
	if (typeof caches === 'undefined') return kept;
	for (const key of await caches.keys()) {
		if (!key.startsWith('pc-')) continue;
		for (const req of await (await caches.open(key)).keys()) {
			const url = new URL(req.url);
			if (url.origin === location.origin) kept.add(url.pathname);
		}
	}
	return kept;
}
