/**
 * Throws when two entries of a list share an id, naming the file and both positions.
 * `where[i]`, when given, names entry i's place (e.g. "content/glossary/003-ch1.yaml → 4") for lists
 * merged from several files.
 */
export function assertUniqueIds(entries: { id?: unknown }[], file: string, where?: string[]): void {
	const seen = new Map<unknown, number>();
	entries.forEach((e, i) => {
		const prev = seen.get(e.id);
		if (prev !== undefined) {
			if (where)
				throw new Error(
					`${where[i]}.id: id "${String(e.id)}" atkārtojas (arī ${where[prev]}). Katram ierakstam vajag savu id.`,
				);
			throw new Error(`${file} → ${i}.id: id "${String(e.id)}" atkārtojas (arī ierakstā ${prev}). Katram ierakstam vajag savu id.`);
		}
		seen.set(e.id, i);
	});
}
