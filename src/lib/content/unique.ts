/** Throws when two entries of a list share an id, naming the file and both positions. */
export function assertUniqueIds(entries: { id?: unknown }[], file: string): void {
	const seen = new Map<unknown, number>();
	entries.forEach((e, i) => {
		const prev = seen.get(e.id);
		if (prev !== undefined)
			throw new Error(`${file} → ${i}.id: id "${String(e.id)}" atkārtojas (arī ierakstā ${prev}). Katram ierakstam vajag savu id.`);
		seen.set(e.id, i);
	});
}
