import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	CLIENT_ENTRIES,
	STORY_CLIENT_RECORD,
	type ClientMode,
	type StoryClientFiles
} from '../story-client-plugin.ts';
import { buildOfflineBundle, type OfflineBundle } from './offline-bundle.ts';
import { singleFile } from './single-file.ts';
import { storyPages } from './story-pages.ts';

/** Where `npm run offline` writes the single files, under the built site. */
export const OFFLINE_DIR = 'offline';

/**
 * Writes every story's single files (story-pages.ts: the pages with a `file`) from the site built in `buildDir`
 * into `outDir`, and returns what it wrote with each file's size. Each page's client is built once per mode as a
 * single module. `root` is the project (its client entries, svelte.config.js's aliases).
 */
export async function writeOfflineFiles({
	buildDir,
	outDir,
	root,
	stories,
	origin,
	aliases
}: {
	buildDir: string;
	outDir: string;
	root: string;
	stories: readonly string[];
	origin: string;
	aliases: Record<string, string>;
}): Promise<{ story: string; file: string; path: string; bytes: number }[]> {
	const clash = stories.find((story) => storyPages(story).some((p) => p.path.split('/')[0] === OFFLINE_DIR));
	if (clash)
		throw new Error(`offline: a story named "${clash}" would be written over by build/${OFFLINE_DIR}/`);
	const record = JSON.parse(readFileSync(join(root, STORY_CLIENT_RECORD), 'utf8')) as Partial<
		Record<ClientMode, StoryClientFiles>
	>;
	const bundles = new Map<ClientMode, Promise<OfflineBundle>>();
	const bundleFor = (mode: ClientMode) => {
		if (!bundles.has(mode)) bundles.set(mode, buildOfflineBundle(mode, root, aliases));
		return bundles.get(mode)!;
	};
	mkdirSync(outDir, { recursive: true });
	const written = [];
	for (const story of stories) {
		const pages = storyPages(story);
		const fileFor = (path: string) => pages.find((p) => p.path === path)?.file;
		for (const { path, file } of pages) {
			if (!file) continue;
			const html = readFileSync(join(buildDir, path, 'index.html'), 'utf8');
			// The page's mode is the one whose built entry it loads.
			const mode = (Object.keys(CLIENT_ENTRIES) as ClientMode[]).find((m) => {
				const entry = record[m]?.entry;
				return entry !== undefined && html.includes(`/${entry}"`);
			});
			const out = singleFile({
				html,
				page: path,
				bundle: mode ? await bundleFor(mode) : undefined,
				read: (p) => readFileSync(join(buildDir, p)),
				fileFor,
				origin
			});
			const target = join(outDir, file);
			writeFileSync(target, out);
			written.push({ story, file, path: target, bytes: Buffer.byteLength(out) });
		}
	}
	return written;
}
