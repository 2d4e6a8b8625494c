import { expect, test } from 'vitest';
import { citePlain } from '../../../src/lib/text/cite-plain.ts';

test('citations in the common syntax read like the course prose until the cite module renders them', () => {
	expect(citePlain('Vai ievērojat konfidencialitāti? [@004, 34]')).toBe(
		'Vai ievērojat konfidencialitāti? (004, 34. rinda)',
	);
	expect(citePlain('Tā [@003 2.3., 6081-6100] un [@secinajums].')).toBe(
		'Tā (003, 2.3., 6081.–6100. rinda) un (secinājums).',
	);
	expect(citePlain('Bez atsauces.')).toBe('Bez atsauces.');
});
