import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadStory, type Loaded } from '../lib/load-story.ts';
import { basemapDiagnostics } from '../lib/visuals/map/story-basemap.ts';

/** Every file under `stories/<slug>/`, keyed by its project-relative path with forward slashes. */
export function readStoryFiles(root: string, slug: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(join(root, 'stories', slug));
	return files;
}

/** The story folders under `stories/` (names starting with "." or "_" are drafts and skipped). */
export function storySlugs(root: string): string[] {
	return readdirSync(join(root, 'stories'))
		.filter((name) => !/^[._]/.test(name) && statSync(join(root, 'stories', name)).isDirectory())
		.sort();
}

/**
 * Loads and validates every story from disk, as `npm run check:stories` and the build do: the story's files, then
 * what only its build-time assets can tell (its map's projection), so the build never meets a problem the check did
 * not report first.
 */
export function loadAllStories(root: string): Loaded[] {
	return storySlugs(root).map((slug) => {
		const loaded = loadStory(slug, readStoryFiles(root, slug));
		if (!loaded.story) return loaded;
		const diagnostics = basemapDiagnostics(loaded.story, loaded.texts);
		return diagnostics.length ? { diagnostics, texts: loaded.texts } : loaded;
	});
}
