import { expect, test } from 'vitest';
import { showsQuickExit } from '../../../src/lib/quick-exit.ts';

test('the layout shows quick exit on tool and directory pages and wherever a client-facing tool is embedded', () => {
	expect(showsQuickExit('/riki/', false)).toBe(true);
	expect(showsQuickExit('/riki/algoritms/policijas-zinojums/', false)).toBe(true);
	expect(showsQuickExit('/resursi/krizes-talrunis-116123/', false)).toBe(true);
	expect(showsQuickExit('/kursi/vardarbiba/drosibas-plans/', false)).toBe(false);
	expect(showsQuickExit('/kursi/vardarbiba/drosibas-plans/', true)).toBe(true);
	expect(showsQuickExit('/rikiX/', false)).toBe(false);
});
