import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { TOP_TASKS } from '../../../src/lib/search/top-tasks.ts';

describe('top tasks offered when a search finds nothing', () => {
	it('each names a tool with its current title and address, or the directory', () => {
		for (const task of TOP_TASKS) {
			if (task.id === 'resursi') {
				expect(existsSync('src/pages/resursi/index.astro')).toBe(true);
				continue;
			}
			const tool = parse(readFileSync(`content/tools/${task.id}.yaml`, 'utf8'));
			expect(tool.title, task.id).toBe(task.title);
			expect(tool.url ?? `/riki/${task.id}/`, task.id).toBe(task.url);
		}
	});
});
