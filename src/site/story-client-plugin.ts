import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The story page's only script: it hydrates the story view (see story-client.ts). */
export const STORY_CLIENT_ENTRY = 'src/site/story-client.ts';
/** Where the build records what that script became, for the prerendered page to load. */
export const STORY_CLIENT_RECORD = '.svelte-kit/story-client.json';

/** What the story page loads: its entry and every chunk the entry imports, as paths in the built site. */
export interface StoryClientFiles {
	entry: string;
	imports: string[];
}

/**
 * The story page is prerendered without SvelteKit's client (`csr = false`) and hydrates only its story view. This
 * adds the story's entry to SvelteKit's client build, so it shares that build's chunks, hashes and cache headers,
 * and writes down the file it becomes and the chunks it imports. About 17 kB brotli of router, data decoding and
 * app entry stay on the server.
 */
export function storyClient(root = process.cwd()): Plugin {
	const entryPath = resolve(root, STORY_CLIENT_ENTRY);
	let client = false;
	return {
		name: 'story-client',
		apply: 'build',
		configResolved(config) {
			// SvelteKit runs two builds with these plugins: the server's first, then the client's.
			client = !config.build.ssr;
		},
		options(options) {
			if (!client) return;
			const { input } = options;
			if (!input || typeof input !== 'object' || Array.isArray(input))
				throw new Error(
					`story-client: expected SvelteKit's client build to name its inputs, got ${String(input)}`
				);
			return { ...options, input: { ...input, 'entry/story': entryPath } };
		},
		generateBundle(_options, bundle) {
			if (!client) return;
			const record = storyClientFiles(bundle, entryPath);
			const path = resolve(root, STORY_CLIENT_RECORD);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, JSON.stringify(record, null, '\t') + '\n');
		}
	};
}

/** The entry's file and, transitively, the chunks it imports statically (what the page should preload). */
export function storyClientFiles(bundle: OutputBundle, entryPath: string): StoryClientFiles {
	const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
	const entry = chunks.find((c) => c.isEntry && c.facadeModuleId === entryPath);
	if (!entry) throw new Error(`story-client: the client build has no chunk for ${entryPath}`);
	const imports = new Set<string>();
	const visit = (file: string) => {
		for (const name of (bundle[file] as OutputChunk | undefined)?.imports ?? []) {
			if (imports.has(name)) continue;
			imports.add(name);
			visit(name);
		}
	};
	visit(entry.fileName);
	return { entry: entry.fileName, imports: [...imports] };
}
