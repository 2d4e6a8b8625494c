import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSourcesDir } from '../../../scripts/lib/sources.mjs';
import {
	isAllowedRun,
	sharedRuns,
	sourceShingles,
	verbatimDecision,
} from '../../../scripts/lib/verbatim.mjs';

describe('verbatim check: run, skip or fail', () => {
	const missing = {
		dir: null,
		reason: 'no source texts: set SOURCES_DIR, or put ../shared/seeds beside the project',
	};

	it('runs when the source texts are found', () => {
		expect(verbatimDecision({ dir: '/x/seeds', reason: null }, {})).toEqual({
			action: 'run',
			dir: '/x/seeds',
		});
		expect(verbatimDecision({ dir: '/x/seeds', reason: null }, { CI: 'true' })).toEqual({
			action: 'run',
			dir: '/x/seeds',
		});
	});

	it('without sources and outside CI, skips with one line that says why', () => {
		const d = verbatimDecision(missing, {});
		expect(d).toEqual({
			action: 'skip',
			message:
				'verbatim: skipped — the verbatim check did not run (no source texts: set SOURCES_DIR, or put ../shared/seeds beside the project)',
		});
		expect(verbatimDecision(missing, { CI: 'false' }).action).toBe('skip');
	});

	it('without sources on CI (CI=true), fails naming the reason', () => {
		expect(verbatimDecision(missing, { CI: 'true' })).toEqual({
			action: 'fail',
			message:
				'verbatim: FAILED — the verbatim check cannot run on CI without the source texts (no source texts: set SOURCES_DIR, or put ../shared/seeds beside the project)',
		});
		expect(verbatimDecision(missing, { CI: '1' }).action).toBe('fail');
	});
});

describe('findSourcesDir', () => {
	const root = mkdtempSync(join(tmpdir(), 'pc-sources-'));
	const project = join(root, 'project');
	mkdirSync(project);

	it('reports the reason when nothing is beside the project', () => {
		expect(findSourcesDir({ env: {}, root: project })).toEqual({
			dir: null,
			reason: 'no source texts: set SOURCES_DIR, or put ../shared/seeds beside the project',
		});
		expect(findSourcesDir({ env: { SOURCES_DIR: '/nowhere' }, root: project }).reason).toBe(
			'SOURCES_DIR=/nowhere holds no source texts (00N_<hash>.txt)',
		);
	});

	it('finds ../shared/seeds, and SOURCES_DIR first', () => {
		mkdirSync(join(root, 'shared', 'seeds'), { recursive: true });
		writeFileSync(join(root, 'shared', 'seeds', '003_abcdef.txt'), 'x');
		expect(findSourcesDir({ env: {}, root: project }).dir).toBe(join(root, 'shared', 'seeds'));
		const other = join(root, 'other');
		mkdirSync(other);
		writeFileSync(join(other, '001_0123.txt'), 'y');
		expect(findSourcesDir({ env: { SOURCES_DIR: other }, root: project }).dir).toBe(other);
	});
});

describe('shared runs', () => {
	const source =
		'Sociālais darbinieks sazinās ar personu ne vēlāk kā piecu darba dienu laikā pēc tam, kad saņemts policijas ziņojums par vardarbību.';
	const shingles = sourceShingles([{ name: '000_x.txt', text: source }]);

	it('finds a 12+-word run copied from a source, with its line and length, ignoring case and punctuation', () => {
		const file =
			'Ievads.\nSOCIĀLAIS darbinieks sazinās ar personu, ne vēlāk kā piecu darba dienu laikā pēc tam — beigas.';
		expect(sharedRuns(file, shingles)).toEqual([
			{
				line: 2,
				length: 14,
				source: '000_x.txt',
				run: 'sociālais darbinieks sazinās ar personu ne vēlāk kā piecu darba dienu laikā pēc tam',
			},
		]);
	});

	it('does not report an 11-word run or a restatement', () => {
		expect(
			sharedRuns('Sociālais darbinieks sazinās ar personu ne vēlāk kā piecu darba dienu.', shingles),
		).toEqual([]);
		expect(
			sharedRuns('Piecu darba dienu laikā pēc ziņojuma saņemšanas darbinieks sazinās ar cietušo.', shingles),
		).toEqual([]);
	});

	it('allows a run only inside a listed title', () => {
		const title = 'Sociālais darbinieks sazinās ar personu ne vēlāk kā piecu darba dienu laikā';
		expect(
			isAllowedRun('sociālais darbinieks sazinās ar personu ne vēlāk kā piecu darba dienu', [title]),
		).toBe(true);
		expect(
			isAllowedRun('darba dienu laikā pēc tam kad saņemts policijas ziņojums par vardarbību', [title]),
		).toBe(false);
	});
});
