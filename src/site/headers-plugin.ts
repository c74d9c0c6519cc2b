import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { writeSiteHeaders } from './site-headers.ts';

/**
 * Writes build/_headers (site-headers.ts) once SvelteKit's adapter has written the site: adapter-static runs in
 * SvelteKit's own `closeBundle` of the server build, and this one runs after it (`order: 'post'`). The client build
 * that SvelteKit starts inside the server build runs these plugins too; it ends before the site exists.
 */
export function siteHeaders(outDir = 'build'): Plugin {
	let dir: string | undefined;
	return {
		name: 'site-headers',
		apply: 'build',
		configResolved(config) {
			dir = config.build.ssr ? resolve(config.root, outDir) : undefined;
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				if (!dir) return;
				if (!existsSync(resolve(dir, 'index.html')))
					this.error(`site-headers: no ${outDir}/index.html after the adapter ran`);
				writeSiteHeaders(dir);
			}
		}
	};
}
