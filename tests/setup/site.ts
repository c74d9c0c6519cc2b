import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served for this run, e.g. http://127.0.0.1:40123 */
		baseURL: string;
	}
}

/** Builds the site once and serves build/ on a free 127.0.0.1 port for the build-output and browser suites. */
export default async function setup(project: TestProject) {
	// Vitest sets NODE_ENV=test, which would make this a development build: test what readers get.
	execSync('npx vite build', {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, NODE_ENV: 'production' }
	});
	const server: { url: string; close(): Promise<void> } = await serve('build', 0);
	project.provide('baseURL', server.url);
	return () => server.close();
}
