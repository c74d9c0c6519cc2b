import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Rolldown } from 'vite';
import { CLIENT_ENTRIES, type ClientMode } from '../story-client-plugin.ts';

/** A mode's client as one module with no imports, and the CSS its components bring. */
export interface OfflineBundle {
	js: string;
	css: string;
}

/**
 * Builds a mode's client entry (story-client-plugin.ts) as a single module: its chunks and the islands it imports
 * later all inside, since a page opened from `file://` can load no module file (its origin is opaque). The CSS the
 * islands would have loaded beside their chunks is returned for the page to inline. `aliases` are SvelteKit's
 * (`$lib`, and the project's own from svelte.config.js).
 */
export async function buildOfflineBundle(
	mode: ClientMode,
	root: string,
	aliases: Record<string, string>
): Promise<OfflineBundle> {
	const result = await build({
		configFile: false,
		root,
		mode: 'production',
		logLevel: 'warn',
		publicDir: false,
		plugins: [svelte()],
		resolve: { alias: Object.fromEntries(Object.entries(aliases).map(([k, v]) => [k, resolve(root, v)])) },
		build: {
			write: false,
			target: 'es2022',
			modulePreload: false,
			rollupOptions: {
				input: resolve(root, CLIENT_ENTRIES[mode]),
				output: { format: 'es', codeSplitting: false }
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const files = outputs.flatMap((o) => o.output);
	const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk');
	if (chunks.length !== 1)
		throw new Error(`offline: the ${mode} client built as ${chunks.length} chunks, not one`);
	const css = files
		.filter((f): f is Rolldown.OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'))
		.map((f) => String(f.source))
		.join('\n');
	return { js: chunks[0]!.code, css };
}
