import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * Each mode's page and its only script: the reader's story page hydrates the story view (story-client.ts), the embed
 * page mounts the chosen embed view (embed-client.ts), the presentation mounts the step the address names
 * (present-client.ts), and the presenter view pairs with it (presenter-client.ts).
 */
export const CLIENT_ENTRIES = {
	story: 'src/site/story-client.ts',
	embed: 'src/site/embed-client.ts',
	present: 'src/site/present-client.ts',
	presenter: 'src/site/presenter-client.ts'
} as const;
export type ClientMode = keyof typeof CLIENT_ENTRIES;
/** Where the build records what those scripts became, for the prerendered pages to load. */
export const STORY_CLIENT_RECORD = '.svelte-kit/story-client.json';

/** What the story page loads: its entry and every chunk the entry imports, as paths in the built site. */
export interface StoryClientFiles {
	entry: string;
	imports: string[];
}

/**
 * The story page is prerendered without SvelteKit's client (`csr = false`, as every page is) and hydrates only its
 * story view. Once SvelteKit's client build is written, this builds the story's entry on its own, into the same
 * `_app/immutable/` folders (same hashing and cache headers), and writes down the file it becomes and the chunks it
 * imports.
 *
 * On its own, not as one more input of SvelteKit's client build: a module two entries share keeps the code either
 * uses, so the story's script carried the parts of Svelte's runtime that only SvelteKit's client (which no page
 * loads) needs, such as `asClassComponent` and the stores, and the glue between chunks split for entries it never
 * meets.
 */
export function storyClient(root = process.cwd()): Plugin {
	let client: ResolvedConfig | undefined;
	return {
		name: 'story-client',
		apply: 'build',
		configResolved(config) {
			// SvelteKit runs two builds with these plugins: the server's first, then the client's.
			client = config.build.ssr ? undefined : config;
		},
		writeBundle: {
			sequential: true,
			async handler() {
				if (!client) return;
				const record: Partial<Record<ClientMode, StoryClientFiles>> = {};
				// One build per mode: a chunk two entries shared would carry what either needs to both pages.
				for (const [mode, entry] of Object.entries(CLIENT_ENTRIES) as [ClientMode, string][]) {
					const entryPath = resolve(root, entry);
					const bundle = await buildStoryClient(client, entryPath, mode);
					record[mode] = storyClientFiles(bundle, entryPath);
				}
				const path = resolve(root, STORY_CLIENT_RECORD);
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, JSON.stringify(record, null, '\t') + '\n');
			}
		}
	};
}

/** Builds the story's entry alone, with SvelteKit's client build's aliases, target and file names. */
async function buildStoryClient(
	client: ResolvedConfig,
	entryPath: string,
	mode: ClientMode
): Promise<OutputBundle> {
	const kit = [client.build.rollupOptions.output ?? {}].flat()[0]!;
	const result = await build({
		configFile: false,
		root: client.root,
		mode: client.mode,
		base: client.base,
		logLevel: 'warn',
		publicDir: false,
		plugins: [svelte()],
		resolve: { alias: client.resolve.alias },
		build: {
			outDir: client.build.outDir,
			emptyOutDir: false,
			target: client.build.target,
			// The page's loader preloads the chunks itself (story-loader.ts).
			modulePreload: { polyfill: false },
			rollupOptions: {
				input: { [`entry/${mode}`]: entryPath },
				output: {
					entryFileNames: kit.entryFileNames,
					chunkFileNames: kit.chunkFileNames,
					assetFileNames: kit.assetFileNames
				}
			}
		}
	});
	const outputs = Array.isArray(result) ? result : [result];
	const files = outputs.flatMap((o) => ('output' in o ? o.output : []));
	return Object.fromEntries(files.map((f) => [f.fileName, f])) as OutputBundle;
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
