// Checks that package-lock.json is one that `npm ci` accepts on any platform: every optional
// dependency a package declares (e.g. the per-platform bindings of @astrojs/compiler-rs) must have
// a record of its own in the lock. npm 11 can drop the bindings for other platforms when the lock
// is rewritten over an existing node_modules; `npm ci` then refuses the lock as out of sync.

/**
 * Where Node would look for `dep` when required from the package at `path`: its own
 * node_modules, then each enclosing node_modules up to the root.
 * @param {string} path  a key of the lock's `packages`, e.g. 'node_modules/a/node_modules/b'
 * @param {string} dep
 */
export function resolutionCandidates(path, dep) {
	const out = [];
	let base = path;
	for (;;) {
		out.push(`${base ? `${base}/` : ''}node_modules/${dep}`);
		if (!base) break;
		const at = base.lastIndexOf('node_modules/');
		base = at <= 0 ? '' : base.slice(0, at - 1);
	}
	return out;
}

/**
 * Every optional dependency that a package in the lock declares but that has no record of its
 * own in the lock, as 'package → dependency'.
 * @param {{ packages?: Record<string, { optionalDependencies?: Record<string, string>, [field: string]: unknown }> }} lock
 * @returns {string[]}
 */
export function missingOptionalRecords(lock) {
	const packages = lock.packages ?? {};
	const missing = [];
	for (const [path, record] of Object.entries(packages)) {
		for (const dep of Object.keys(record.optionalDependencies ?? {})) {
			if (!resolutionCandidates(path, dep).some((p) => p in packages))
				missing.push(`${path || '(root)'} → ${dep}`);
		}
	}
	return missing;
}

/**
 * Every dependency declared by a dist-tag ('latest', 'next', …) rather than a version range, as
 * 'package → dependency@tag', unless package.json's `overrides` pins it. `npm ci` compares a
 * tag with the registry at install time: once the tag moves, the lock is "out of sync" and a clean
 * install fails (lighthouse's @paulirish/trace_engine asks for third-party-web@latest).
 * @param {{ packages?: Record<string, Record<string, unknown>> }} lock
 * @param {{ overrides?: Record<string, unknown> }} pkg
 * @returns {string[]}
 */
export function unpinnedTags(lock, pkg) {
	const pinned = new Set(Object.keys(pkg.overrides ?? {}));
	const out = [];
	for (const [path, record] of Object.entries(lock.packages ?? {}))
		for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'])
			for (const [dep, spec] of Object.entries(/** @type {Record<string, string>} */ (record[field] ?? {})))
				if (/^[a-z][\w.-]*$/i.test(spec) && !pinned.has(dep))
					out.push(`${path || '(root)'} → ${dep}@${spec}`);
	return out;
}
