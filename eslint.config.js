import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'dist/',
			'tests/consumer/',
			'.svelte-kit/',
			'node_modules/',
			'tests/fixtures/',
			'bench/results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The package in src/lib knows nothing of the app's routes: its links are relative or given by the app.
		files: ['src/lib/**'],
		rules: { 'svelte/no-navigation-without-resolve': 'off' }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-restricted-imports': [
				'error',
				{
					paths: ['d3', 'd3-selection', 'd3-transition'].map((name) => ({
						name,
						message: 'Import only the d3 modules that compute (STYLE.md rule 2).'
					}))
				}
			]
		}
	}
);
