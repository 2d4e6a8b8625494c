import { describe, expect, test } from 'vitest';
import { nextTabIndex } from '../../../src/lib/ui/tabs.ts';
import { registerEscape } from '../../../src/lib/quick-exit.ts';
import {
	emptyPlan,
	decodeSavedPlan,
	isPlanEmpty,
	withText,
	withToggle,
} from '../../../src/lib/safety-plan/model.ts';

describe('nextTabIndex', () => {
	test('arrow keys wrap around, Home and End jump', () => {
		expect(nextTabIndex('ArrowRight', 3, 4)).toBe(0);
		expect(nextTabIndex('ArrowLeft', 0, 4)).toBe(3);
		expect(nextTabIndex('Home', 2, 4)).toBe(0);
		expect(nextTabIndex('End', 0, 4)).toBe(3);
		expect(nextTabIndex('a', 0, 4)).toBeNull();
	});
});

describe('registerEscape', () => {
	test('the third press within two seconds triggers quick exit', () => {
		let r = registerEscape([], 0);
		r = registerEscape(r.presses, 500);
		expect(r.trigger).toBe(false);
		expect(registerEscape(r.presses, 900).trigger).toBe(true);
	});
	test('presses spread out over more than two seconds do not', () => {
		let r = registerEscape([], 0);
		r = registerEscape(r.presses, 1500);
		expect(registerEscape(r.presses, 2600).trigger).toBe(false);
	});
});

describe('safety plan model', () => {
	test('typing and ticking make the plan non-empty; toggling twice unticks', () => {
		const p = withToggle(withText(emptyPlan(), 'izeja', 'Pa sētas durvīm'), 'glabasana', 'nauda');
		expect(isPlanEmpty(p)).toBe(false);
		expect(withToggle(p, 'glabasana', 'nauda').checks.glabasana).toEqual([]);
	});
	test('a corrupt or foreign saved plan decodes to null', () => {
		expect(decodeSavedPlan('{oops')).toBeNull();
		expect(decodeSavedPlan(JSON.stringify({ v: 2, savedAt: 'x', values: emptyPlan() }))).toBeNull();
	});
	test('unknown fields in a saved plan are dropped', () => {
		const raw = JSON.stringify({
			v: 1,
			savedAt: 't',
			values: { ...emptyPlan(), text: { izeja: 'a', hack: 'b' } },
		});
		expect(decodeSavedPlan(raw)?.values.text).toEqual({ izeja: 'a' });
	});
});
