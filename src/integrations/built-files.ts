import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The build's output folder and every file in it, as paths relative to that folder. */
export async function builtFiles(dir: URL): Promise<{ root: string; files: string[] }> {
	const root = fileURLToPath(dir);
	return { root, files: (await readdir(root, { recursive: true })).map((f) => f.replace(/\\/g, '/')) };
}
