import { describe, expect, it } from 'vitest';
import {
	cacheName,
	checkManifest,
	currentCaches,
	immutable,
	parseCacheName,
	staleCaches,
	storiesToRenew
} from './offline-caches.ts';

const versions = { 'a-story': 'aaa', 'another-story': 'bbb' };

describe('the offline caches', () => {
	it('names one cache per story and version, and reads the name back', () => {
		expect(cacheName('a-story', 'aaa')).toBe('offline:a-story:aaa');
		expect(parseCacheName('offline:a-story:aaa')).toEqual({ story: 'a-story', version: 'aaa' });
		expect(parseCacheName('workbox-precache')).toBeUndefined();
		expect(parseCacheName('offline:a-story')).toBeUndefined();
	});

	it('serves from this build’s caches only, deletes our others and leaves the origin’s other caches alone', () => {
		const names = [
			'offline:a-story:old',
			'offline:a-story:aaa',
			'offline:another-story:bbb',
			'offline:removed-story:ccc',
			'someone-elses'
		];
		expect(currentCaches(names, versions)).toEqual(['offline:a-story:aaa', 'offline:another-story:bbb']);
		expect(staleCaches(names, versions)).toEqual(['offline:a-story:old', 'offline:removed-story:ccc']);
		// A story named like an Object property is not in the build because of it.
		expect(currentCaches(['offline:constructor:x'], versions)).toEqual([]);
	});

	it('renews the stories a previous worker kept at another version, once each, and no story the build dropped', () => {
		const names = [
			'offline:a-story:old',
			'offline:a-story:older',
			'offline:another-story:bbb',
			'offline:gone:x'
		];
		expect(storiesToRenew(names, versions)).toEqual(['a-story']);
		expect(storiesToRenew([], versions)).toEqual([]);
	});

	it('takes hashed files from the browser’s cache and asks the server for every other', () => {
		expect(immutable('_app/immutable/entry/story.abc.js')).toBe(true);
		expect(immutable('a-story/')).toBe(false);
		expect(immutable('favicon.svg')).toBe(false);
	});

	it('accepts the manifest of the story and version asked for, and says what is wrong with any other', () => {
		const good = { story: 'a-story', version: 'aaa', files: ['a-story/', 'favicon.svg'] };
		expect(checkManifest(good, 'a-story', 'aaa')).toEqual(good);
		expect(() => checkManifest(good, 'a-story', 'new')).toThrow(
			'_app/offline/a-story.json is version aaa, this worker expects new'
		);
		expect(() => checkManifest(good, 'another-story', 'aaa')).toThrow(
			'is not the manifest of "another-story"'
		);
		expect(() => checkManifest(null, 'a-story', 'aaa')).toThrow('is not the manifest');
		expect(() => checkManifest({ ...good, files: [] }, 'a-story', 'aaa')).toThrow('is not the manifest');
		for (const file of ['https://elsewhere.example/x.js', '/etc/passwd', '../x', 7])
			expect(() => checkManifest({ ...good, files: [file] }, 'a-story', 'aaa'), String(file)).toThrow(
				'lists a file outside the site'
			);
	});
});
