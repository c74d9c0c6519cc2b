/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The site's service worker, built once the site is written (offline-worker.ts), with this build's story versions
// in place of __OFFLINE_VERSIONS__. A page of a story asks it to keep the story ({ keep: <slug> }); it then caches the
// files its manifest lists, and answers requests for them from that cache first. Everything else goes to the
// network, untouched, and so does a request for a kept file whenever the cache cannot answer: a failed or full cache
// costs the offline copy, never the online story.
import {
	cacheName,
	checkManifest,
	currentCaches,
	manifestPath,
	staleCaches,
	storiesToRenew,
	immutable,
	type OfflineVersions
} from './offline-caches.ts';

declare const __OFFLINE_VERSIONS__: OfflineVersions;
const versions = __OFFLINE_VERSIONS__;
const sw = self as unknown as ServiceWorkerGlobalScope;
const root = new URL('./', sw.location.href);

// One keep at a time per story: two tabs of one story fill its cache once.
const keeping = new Map<string, Promise<void>>();

// The paths this build's caches hold, once read. The worker answers only those and leaves every other request to
// the browser, as if there were no worker; until they are read (the worker has just started), it looks each one up.
let kept: Set<string> | undefined;
let reads = 0;
async function readKept() {
	// Only the latest read counts: an earlier one may have listed the caches before a story was kept.
	const read = ++reads;
	const paths = new Set<string>();
	for (const name of currentCaches(await caches.keys(), versions))
		for (const request of await (await caches.open(name)).keys()) paths.add(new URL(request.url).pathname);
	if (read === reads) kept = paths;
}
readKept().catch((error: unknown) => console.warn('offline: cannot read the caches', error));

/** Caches the story's files at this build's version, all of them or none. */
function keep(story: string): Promise<void> {
	const pending = keeping.get(story);
	if (pending) return pending;
	const done = fill(story).finally(() => keeping.delete(story));
	keeping.set(story, done);
	return done;
}

async function fill(story: string) {
	const version = Object.hasOwn(versions, story) ? versions[story] : undefined;
	if (!version) throw new Error(`offline: this build has no story "${story}"`);
	const name = cacheName(story, version);
	// addAll is all or nothing, so a cache with anything in it holds the whole story.
	if ((await caches.has(name)) && (await (await caches.open(name)).keys()).length) return;
	const response = await fetch(new URL(manifestPath(story), root), { cache: 'no-cache' });
	if (!response.ok) throw new Error(`offline: ${manifestPath(story)} answered ${response.status}`);
	const { files } = checkManifest(await response.json(), story, version);
	const cache = await caches.open(name);
	try {
		// addAll stores every response or none, and refuses any that is not ok. Hashed files never change, so the
		// browser's cache may give them; every other file is asked of the server, as this build wrote it.
		await cache.addAll(
			files.map(
				(file) => new Request(new URL(file, root), { cache: immutable(file) ? 'default' : 'no-cache' })
			)
		);
	} catch (error) {
		// A half-kept story would answer for some files and not others: drop it, and the network answers them all.
		await caches.delete(name);
		throw error;
	}
	await readKept();
}

/** The response a cache of this build holds for the request, or undefined. Never throws. */
async function cached(request: Request): Promise<Response | undefined> {
	try {
		for (const name of currentCaches(await caches.keys(), versions)) {
			// The pages' queries (?step=, ?notes=) are read by the page itself: one copy serves them all.
			const response = await (await caches.open(name)).match(request, { ignoreSearch: true });
			if (response) return response;
		}
	} catch (error) {
		console.warn('offline: the cache cannot answer, asking the network', error);
	}
	return undefined;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// The stories the previous worker kept stay kept, at this build's version, before it takes over.
			const renew = storiesToRenew(await caches.keys(), versions);
			const results = await Promise.allSettled(renew.map(keep));
			for (const result of results)
				if (result.status === 'rejected') console.warn('offline: could not renew a story', result.reason);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await Promise.all(staleCaches(await caches.keys(), versions).map((name) => caches.delete(name)));
			await readKept();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const story = (event.data as { keep?: unknown } | null)?.keep;
	if (typeof story !== 'string') return;
	const source = event.source;
	event.waitUntil(
		keep(story).then(
			() => source?.postMessage({ kept: story }),
			(error: unknown) => {
				console.warn(`offline: could not keep "${story}"`, error);
				source?.postMessage({ kept: story, error: String(error) });
			}
		)
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin || (kept && !kept.has(url.pathname)))
		return;
	event.respondWith(cached(request).then((response) => response ?? fetch(request)));
});
