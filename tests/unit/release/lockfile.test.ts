import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	missingOptionalRecords,
	resolutionCandidates,
	unpinnedTags,
} from '../../../scripts/lib/lockfile.mjs';

describe('package-lock.json', () => {
	it('has a record for every optional dependency any package declares (so npm ci accepts it)', () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
		expect(lock.lockfileVersion).toBe(3);
		expect(missingOptionalRecords(lock)).toEqual([]);
	});

	it('has no dependency on a moving dist-tag that package.json does not pin (npm ci would fail once the tag moves)', () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(unpinnedTags(lock, pkg)).toEqual([]);
		expect(unpinnedTags(lock, {})).toEqual([
			'node_modules/@paulirish/trace_engine → legacy-javascript@latest',
			'node_modules/@paulirish/trace_engine → third-party-web@latest',
		]);
	});

	it('lists the platform bindings of @astrojs/compiler-rs for other platforms too', () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
		const keys = Object.keys(lock.packages);
		for (const platform of ['darwin-arm64', 'win32-x64', 'linux-x64-gnu'])
			expect(keys.some((k) => k.includes('compiler-binding') && k.includes(platform))).toBe(true);
	});
});

describe('missingOptionalRecords', () => {
	const lock = {
		packages: {
			'': { devDependencies: { a: '1' } },
			'node_modules/a': { optionalDependencies: { 'a-linux-x64': '1', 'a-darwin-arm64': '1' } },
			'node_modules/a-linux-x64': {},
			'node_modules/b/node_modules/c': { optionalDependencies: { d: '1', e: '1' } },
			'node_modules/b/node_modules/d': {},
			'node_modules/e': {},
		},
	};

	it('names each package whose optional dependency has no record of its own', () => {
		expect(missingOptionalRecords(lock)).toEqual(['node_modules/a → a-darwin-arm64']);
	});

	it('accepts a record where Node would resolve it: nested or in an enclosing node_modules', () => {
		expect(resolutionCandidates('node_modules/b/node_modules/c', 'd')).toEqual([
			'node_modules/b/node_modules/c/node_modules/d',
			'node_modules/b/node_modules/d',
			'node_modules/d',
		]);
		const fixed = { packages: { ...lock.packages, 'node_modules/a-darwin-arm64': {} } };
		expect(missingOptionalRecords(fixed)).toEqual([]);
	});
});
