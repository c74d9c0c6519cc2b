import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { routeAssets } from '../route-assets.js';
import { manifestPath, type OfflineManifest, type OfflineVersions } from './offline-caches.ts';
import { storyPages } from './story-pages.ts';

/**
 * The files a story needs offline, read from the built site: each of its pages (story-pages.ts), then everything
 * those pages can load, as the budget tests read it (route-assets.js: scripts, their dynamic imports, stylesheets,
 * icons, images, fonts). Pages first, then the rest sorted. Throws when a page is missing from the build or one of
 * them loads from another origin, which no offline copy could hold.
 */
export function storyFiles(buildDir: string, story: string): string[] {
	const pages: string[] = [];
	const assets = new Set<string>();
	for (const { path } of storyPages(story)) {
		if (!existsSync(join(buildDir, path, 'index.html')))
			throw new Error(`offline: the build has no page /${path} of the story "${story}"`);
		pages.push(path);
		const { assets: loaded, external } = routeAssets(buildDir, `/${path}`);
		if (external.length)
			throw new Error(`offline: /${path} loads from another origin: ${external.join(', ')}`);
		// Stylesheets inlined into the page travel with it.
		for (const asset of loaded) if (!asset.inline) assets.add(asset.path);
	}
	return [...pages, ...[...assets].sort()];
}

/** A hash of the files' paths and bytes: the story's version in this build. */
export function filesVersion(buildDir: string, files: readonly string[]): string {
	const hash = createHash('sha256');
	for (const file of files) {
		hash.update(`${file}\0`);
		hash.update(readFileSync(join(buildDir, file.endsWith('/') ? `${file}index.html` : file)));
		hash.update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/** Writes `_app/offline/<story>.json` for each story and returns each story's version. */
export function writeOfflineManifests(buildDir: string, stories: readonly string[]): OfflineVersions {
	const versions: Record<string, string> = {};
	for (const story of stories) {
		const files = storyFiles(buildDir, story);
		const manifest: OfflineManifest = { story, version: filesVersion(buildDir, files), files };
		const path = join(buildDir, manifestPath(story));
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, JSON.stringify(manifest, null, '\t') + '\n');
		versions[story] = manifest.version;
	}
	return versions;
}
