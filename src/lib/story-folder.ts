/**
 * Stories on disk (Node only): a story folder's files read and checked as the build checks them. The site's build,
 * `npm run check:stories` and the package's `scrolly check` all come here, so they report the same diagnostics.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { loadStory, type Loaded } from './load-story.ts';
import { basemapDiagnostics } from './visuals/map/story-basemap.ts';

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Every file under a story folder, keyed as the loader expects: `stories/<slug>/<path>` with forward slashes, where
 * the slug is the folder's name.
 */
export function readStoryFolder(folder: string): Record<string, string> {
	const base = `stories/${basename(resolve(folder))}/`;
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[base + relative(folder, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(folder);
	return files;
}

/** Every file under `<root>/stories/<slug>/`, keyed by its path relative to root. */
export const readStoryFiles = (root: string, slug: string): Record<string, string> =>
	readStoryFolder(join(root, 'stories', slug));

/** The story folders in a folder of stories (names starting with "." or "_" are drafts and skipped). */
export function storyFolders(stories: string): string[] {
	return readdirSync(stories)
		.filter((name) => !/^[._]/.test(name) && isDir(join(stories, name)))
		.sort();
}

/** The story folders under `<root>/stories/`. */
export const storySlugs = (root: string): string[] => storyFolders(join(root, 'stories'));

/**
 * Loads and checks one story folder as the build does: its files, then what only its build-time assets can tell (its
 * map's projection), so the build never meets a problem the check did not report first. Never throws.
 */
export function loadStoryFolder(folder: string): Loaded {
	const slug = basename(resolve(folder));
	if (!isDir(folder))
		return {
			diagnostics: [
				{
					file: `stories/${slug}/`,
					line: 1,
					col: 1,
					message: 'no such story folder',
					expected: 'a folder holding story.md and chapters/',
					found: existsSync(folder) ? 'a file' : 'nothing'
				}
			],
			texts: {}
		};
	const loaded = loadStory(slug, readStoryFolder(folder));
	if (!loaded.story) return loaded;
	const diagnostics = basemapDiagnostics(loaded.story, loaded.texts);
	return diagnostics.length ? { diagnostics, texts: loaded.texts } : loaded;
}

/** Loads and checks every story under `<root>/stories/`. */
export const loadAllStories = (root: string): Loaded[] =>
	storySlugs(root).map((slug) => loadStoryFolder(join(root, 'stories', slug)));
