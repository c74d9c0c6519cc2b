import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { writeEmbedFallbacks } from './embed-fallback.ts';
import { writeOfflineWorker } from './offline/offline-worker.ts';
import { storySlugs } from './read-stories.ts';
import { writeSiteHeaders } from './site-headers.ts';

/**
 * Writes the embeds' static fallbacks (embed-fallback.ts), the stories' offline manifests and the service worker
 * (offline/offline-worker.ts), then build/_headers (site-headers.ts, which covers every
 * file, the fallbacks too) once SvelteKit's adapter has written the site: adapter-static runs in
 * SvelteKit's own `closeBundle` of the server build, and this one runs after it (`order: 'post'`). The client build
 * that SvelteKit starts inside the server build runs these plugins too; it ends before the site exists.
 */
export function siteHeaders(outDir = 'build'): Plugin {
	let dir: string | undefined;
	let root = process.cwd();
	let failed = false;
	return {
		name: 'site-headers',
		apply: 'build',
		configResolved(config) {
			dir = config.build.ssr ? resolve(config.root, outDir) : undefined;
			root = config.root;
		},
		// `closeBundle` runs after a failed build too: then there is no site, and the build's own error must be the
		// one reported.
		buildEnd(error) {
			failed ||= Boolean(error);
		},
		renderError() {
			failed = true;
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			async handler() {
				if (!dir || failed || !existsSync(resolve(dir, 'index.html'))) return;
				writeEmbedFallbacks(dir);
				await writeOfflineWorker(dir, storySlugs(root));
				writeSiteHeaders(dir);
			}
		}
	};
}
