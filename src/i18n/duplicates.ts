/**
 * Keys defined in more than one feature dictionary, as `"key": file, file` lines. Object spreads
 * let the last definition win silently, so the unit test runs this over every `lv/<feature>.ts`.
 */
export function findDuplicateKeys(
	files: { file: string; strings: Readonly<Record<string, string>> }[],
): string[] {
	const where = new Map<string, string[]>();
	for (const { file, strings } of files)
		for (const key of Object.keys(strings)) where.set(key, [...(where.get(key) ?? []), file]);
	return [...where].filter(([, fs]) => fs.length > 1).map(([key, fs]) => `"${key}": ${fs.join(', ')}`);
}
