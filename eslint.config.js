// ESLint flat config: JavaScript and TypeScript (typescript-eslint), Astro components
// (eslint-plugin-astro) and accessibility in the Preact islands (eslint-plugin-jsx-a11y).
// `npm run lint` runs it with --max-warnings 0; every rule turned off says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			// Throwaway local scripts (git-excluded).
			'*.tmp.mjs',
			// Content is data for the build (MDX/YAML), checked by the content schemas, not by ESLint.
			'content/',
			// Fixtures are deliberately broken content for the validation tests.
			'tests/fixtures/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		// Build scripts, integrations and config files run in Node.
		files: ['scripts/**', '*.{js,mjs,ts}', 'src/integrations/**', 'tests/**'],
		languageOptions: { globals: { ...globals.node } },
	},
	{
		// The service worker template runs in a worker; its __NAMES__ are filled in at build time.
		files: ['src/sw/**'],
		languageOptions: {
			globals: {
				...globals.serviceworker,
				__PRECACHE__: 'readonly',
				__LATER__: 'readonly',
				__IMMUTABLE__: 'readonly',
			},
		},
	},
	{
		// Islands, components and pages run in the browser.
		files: ['src/**/*.{ts,tsx,astro}', 'src/scripts/**/*.js'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// The islands are Preact: the JSX accessibility rules apply to them.
		files: ['src/**/*.tsx'],
		...jsxA11y.flatConfigs.recommended,
		languageOptions: {
			...jsxA11y.flatConfigs.recommended.languageOptions,
			globals: { ...globals.browser },
		},
		rules: {
			...jsxA11y.flatConfigs.recommended.rules,
			// A keydown handler on a wrapper only catches keys bubbling up from the focusable
			// controls inside it (e.g. arrow keys between the search field and its results); the
			// wrapper itself is not a control. Pointer handlers on static elements stay errors.
			'jsx-a11y/no-static-element-interactions': [
				'error',
				{ handlers: ['onClick', 'onMouseDown', 'onMouseUp', 'onKeyPress', 'onKeyUp'] },
			],
			// Checklist labels wrap the input and a <span><strong>text</strong> help</span>: the
			// label's text sits three elements deep, one more than the rule's default depth of 2.
			// A scrolling table sits in a focusable role="region" so keyboard users can scroll it
			// (axe's scrollable-region-focusable); tab panels are focusable by the WAI-ARIA pattern.
			'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
			'jsx-a11y/label-has-associated-control': ['error', { assert: 'either', depth: 3 }],
		},
	},
	{
		rules: {
			// Unused names are errors, except the conventional "_"-prefixed placeholders.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
		},
	},
);
