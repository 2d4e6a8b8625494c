// The search store talks to a Web Worker; here a fake worker answers each query with one result
// naming the query, so the tests see which queries ran and what each caller got.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

class FakeWorker {
	onmessage: ((e: { data: unknown }) => void) | null = null;
	static asked: string[] = [];
	postMessage(msg: { id: number; query: string }) {
		FakeWorker.asked.push(msg.query);
		const reply = { id: msg.id, results: msg.query ? [{ record: { url: `/${msg.query}/` } }] : [], total: 1 };
		queueMicrotask(() => this.onmessage?.({ data: reply }));
	}
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.resetModules();
	FakeWorker.asked = [];
	vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('runSearch', () => {
	test('a query replaced during its pause settles with null, and only the newer one is asked', async () => {
		const { runSearch, DEBOUNCE_MS } = await import('../../../src/stores/search.ts');
		const older = runSearch('vardarb');
		const newer = runSearch('vardarbiba');
		await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
		await expect(older).resolves.toBeNull();
		await expect(newer).resolves.toMatchObject({ results: [{ record: { url: '/vardarbiba/' } }] });
		expect(FakeWorker.asked).toEqual(['vardarbiba']);
	});

	test('an empty query clears at once and settles the one waiting', async () => {
		const { runSearch } = await import('../../../src/stores/search.ts');
		const waiting = runSearch('krize');
		await expect(runSearch('  ')).resolves.toEqual({ results: [], total: 0 });
		await expect(waiting).resolves.toBeNull();
		expect(FakeWorker.asked).toEqual([]);
	});
});
