import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { siteHeaders } from './src/site/headers-plugin.ts';
import { storyCheck } from './src/site/story-check-plugin.ts';
import { storyClient } from './src/site/story-client-plugin.ts';

export default defineConfig({
	plugins: [storyCheck(), storyClient(), sveltekit(), siteHeaders()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		env: { TZ: 'UTC' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['**/*.render.test.ts', '**/*.render.svelte.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'render',
					environment: 'jsdom',
					include: ['src/**/*.render.test.ts', 'src/**/*.render.svelte.test.ts', 'tests/render/**/*.test.ts'],
					setupFiles: ['tests/setup/jsdom.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					globalSetup: ['tests/setup/site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'package',
					environment: 'node',
					include: ['tests/package/**/*.test.ts'],
					globalSetup: ['tests/setup/pack.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
