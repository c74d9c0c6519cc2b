import { execSync } from 'node:child_process';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ strict: true }),
		alias: { $site: 'src/site' },
		// Every stylesheet goes inside the page (3.6 kB brotli in all): no render-blocking request stands between the
		// HTML and the first paint, which on a slow phone connection is a round trip or more.
		inlineStyleThreshold: Infinity,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' },
		// The consumer app is a project of its own, checked against the packed package (tests/package/consumer.test.ts).
		typescript: { config: (tsconfig) => void tsconfig.exclude.push('../tests/consumer/**') },
		// The same source builds the same files (SvelteKit's default version is the build time, which changes every
		// hash and throws away readers' caches on each deploy).
		version: { name: gitCommit() ?? process.env.npm_package_version ?? 'dev' }
	}
};

/** The commit being built, or undefined outside a git checkout. */
function gitCommit() {
	try {
		return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return undefined;
	}
}

export default config;
