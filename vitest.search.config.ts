import { defineConfig } from 'vitest/config';

// Tests that need the built site (dist/search/): run after `npm run build`.
export default defineConfig({
	test: {
		include: ['tests/search/**/*.test.ts'],
		environment: 'node',
	},
});
