// The verbatim check's logic: lessons restate the sources in their own words, so no project file
// may share a run of 12 or more consecutive words with a source text. Pure functions, so the unit
// tests can drive them without the (copyrighted, never committed) source texts.

/** Words of a text: NFC, lower case, split on anything that is not a letter or a digit. */
export const words = (text) =>
	text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);

/** Normalised form used to compare a run with the allowed titles. */
export const norm = (text) => words(text).join(' ');

/**
 * Every run of `min` consecutive source words, mapped to the first source that has it.
 * @param {{ name: string, text: string }[]} sources
 * @param {number} [min]
 */
export function sourceShingles(sources, min = 12) {
	/** @type {Map<string, string>} */
	const shingles = new Map();
	for (const { name, text } of sources) {
		const w = words(text);
		for (let i = 0; i + min <= w.length; i++) {
			const key = w.slice(i, i + min).join(' ');
			if (!shingles.has(key)) shingles.set(key, name);
		}
	}
	return shingles;
}

/**
 * The runs of `min`+ words that a file shares with a source, each extended as far as it keeps
 * matching, with the line where it starts.
 * @param {string} text
 * @param {Map<string, string>} shingles
 * @param {number} [min]
 * @returns {{ line: number, length: number, source: string, run: string }[]}
 */
export function sharedRuns(text, shingles, min = 12) {
	/** @type {[string, number][]} */
	const w = [];
	text.split('\n').forEach((line, n) => words(line).forEach((x) => w.push([x, n + 1])));
	const key = (a, b) =>
		w
			.slice(a, b)
			.map((x) => x[0])
			.join(' ');
	const runs = [];
	let i = 0;
	while (i + min <= w.length) {
		const source = shingles.get(key(i, i + min));
		if (!source) {
			i++;
			continue;
		}
		let j = i + min;
		while (j < w.length && shingles.has(key(j - min + 1, j + 1))) j++;
		runs.push({ line: w[i][1], length: j - i, source, run: key(i, j) });
		i = j;
	}
	return runs;
}

/** Whether a run lies inside one of the titles that may be quoted exactly. */
export const isAllowedRun = (run, allowedTitles) => {
	const r = norm(run);
	return allowedTitles.some((t) => norm(t).includes(r));
};

/**
 * What `npm run check:verbatim` does, given where the sources are and whether this is CI:
 * run the check; skip it with one line saying why (a fresh clone has no sources beside it); or,
 * on CI (`CI=true`), fail naming the reason, because a release must be checked against them.
 * @param {{ dir: string | null, reason: string | null }} found  findSourcesDir()'s answer
 * @param {Record<string, string | undefined>} env
 * @returns {{ action: 'run', dir: string } | { action: 'skip' | 'fail', message: string }}
 */
export function verbatimDecision(found, env) {
	if (found.dir) return { action: 'run', dir: found.dir };
	const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
	return ci
		? {
				action: 'fail',
				message: `verbatim: FAILED — the verbatim check cannot run on CI without the source texts (${found.reason})`,
			}
		: { action: 'skip', message: `verbatim: skipped — the verbatim check did not run (${found.reason})` };
}
