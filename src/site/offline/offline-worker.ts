import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { WORKER_FILE } from './offline-caches.ts';
import { writeOfflineManifests } from './offline-manifest.ts';

const SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

/**
 * Writes each story's manifest (`_app/offline/<story>.json`) and the service worker (`service-worker.js`, at the
 * root of the built site) with this build's story versions inside. Runs once the pages are written: the versions are
 * hashes of the files, pages included. A worker whose bytes change is a new worker to the browser, so any change to
 * a story's files updates every reader's worker, and only the changed stories' caches are filled again.
 */
export async function writeOfflineWorker(buildDir: string, stories: readonly string[]) {
	const versions = writeOfflineManifests(buildDir, stories);
	await build({
		configFile: false,
		logLevel: 'warn',
		publicDir: false,
		mode: 'production',
		define: { __OFFLINE_VERSIONS__: JSON.stringify(versions) },
		build: {
			outDir: buildDir,
			emptyOutDir: false,
			target: 'es2022',
			rollupOptions: {
				input: SOURCE,
				// A classic script: a worker registered without { type: 'module' } cannot import.
				output: { format: 'iife', entryFileNames: WORKER_FILE, codeSplitting: false }
			}
		}
	});
	return versions;
}
