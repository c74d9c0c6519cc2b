/**
 * The service worker's caches, one per story and version: `offline:<story>:<version>`. The version is a hash of the
 * story's files (offline-manifest.ts), so a build that changes nothing of a story keeps its cache, and one that
 * changes anything replaces it. Pure: the worker and the tests share it.
 */
const PREFIX = 'offline:';

/** The story's slug → the version of its files in this build. */
export type OfflineVersions = Readonly<Record<string, string>>;

/** What the build writes for each story at `_app/offline/<story>.json`: the files to keep, from the site's root. */
export interface OfflineManifest {
	story: string;
	version: string;
	files: string[];
}

/** The folder of the manifests, from the site's root. */
export const MANIFEST_DIR = '_app/offline';
export const manifestPath = (story: string) => `${MANIFEST_DIR}/${story}.json`;
/** The worker's file, at the site's root so that its scope is the whole site. */
export const WORKER_FILE = 'service-worker.js';

/** A file whose name carries its hash (SvelteKit's `_app/immutable/`): the same name is always the same bytes. */
export const immutable = (file: string) => file.startsWith('_app/immutable/');

export const cacheName = (story: string, version: string) => `${PREFIX}${story}:${version}`;

/** The story and version a cache of ours holds, or undefined for any other cache of the origin. */
export function parseCacheName(name: string): { story: string; version: string } | undefined {
	const match = /^offline:([^:]+):([^:]+)$/.exec(name);
	return match ? { story: match[1]!, version: match[2]! } : undefined;
}

/** Our caches of this build: the ones the worker serves from. */
export const currentCaches = (names: readonly string[], versions: OfflineVersions) =>
	names.filter((name) => {
		const parsed = parseCacheName(name);
		return (
			parsed !== undefined &&
			Object.hasOwn(versions, parsed.story) &&
			versions[parsed.story] === parsed.version
		);
	});

/** Our caches of another build (or of a story this build no longer has): deleted when this worker takes over. */
export const staleCaches = (names: readonly string[], versions: OfflineVersions) => {
	const current = new Set(currentCaches(names, versions));
	return names.filter((name) => parseCacheName(name) && !current.has(name));
};

/** The stories the previous worker kept and this build has at another version: the new worker keeps them too. */
export const storiesToRenew = (names: readonly string[], versions: OfflineVersions) => {
	const current = new Set(currentCaches(names, versions).map((name) => parseCacheName(name)!.story));
	const kept = names.flatMap((name) => parseCacheName(name)?.story ?? []);
	return [...new Set(kept)].filter((story) => Object.hasOwn(versions, story) && !current.has(story)).sort();
};

/** A manifest as read from the network, checked: a wrong one must not fill a cache. */
export function checkManifest(value: unknown, story: string, version: string): OfflineManifest {
	const manifest = value as Partial<OfflineManifest> | null;
	if (!manifest || manifest.story !== story || !Array.isArray(manifest.files) || !manifest.files.length)
		throw new Error(`offline: ${manifestPath(story)} is not the manifest of "${story}"`);
	if (manifest.version !== version)
		throw new Error(
			`offline: ${manifestPath(story)} is version ${manifest.version}, this worker expects ${version} (the site changed; the worker updates on the next visit)`
		);
	if (!manifest.files.every((file) => typeof file === 'string' && !/^[a-z]+:|^\/|\.\./i.test(file)))
		throw new Error(`offline: ${manifestPath(story)} lists a file outside the site`);
	return manifest as OfflineManifest;
}
