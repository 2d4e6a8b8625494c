import { defineConfig } from 'vitest/config';

// Unit tests run in Node against the pure modules in src/lib and the content schemas.
// End-to-end tests live in tests/e2e and run under Playwright, not here.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
