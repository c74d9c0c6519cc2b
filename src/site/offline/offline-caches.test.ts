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

const versions = { 'road-to-sirte': 'aaa', 'hurricane-katrina': 'bbb' };

describe('the offline caches', () => {
	it('names one cache per story and version, and reads the name back', () => {
		expect(cacheName('road-to-sirte', 'aaa')).toBe('offline:road-to-sirte:aaa');
		expect(parseCacheName('offline:road-to-sirte:aaa')).toEqual({ story: 'road-to-sirte', version: 'aaa' });
		expect(parseCacheName('workbox-precache')).toBeUndefined();
		expect(parseCacheName('offline:road-to-sirte')).toBeUndefined();
	});

	it('serves from this build’s caches only, deletes our others and leaves the origin’s other caches alone', () => {
		const names = [
			'offline:road-to-sirte:old',
			'offline:road-to-sirte:aaa',
			'offline:hurricane-katrina:bbb',
			'offline:removed-story:ccc',
			'someone-elses'
		];
		expect(currentCaches(names, versions)).toEqual([
			'offline:road-to-sirte:aaa',
			'offline:hurricane-katrina:bbb'
		]);
		expect(staleCaches(names, versions)).toEqual(['offline:road-to-sirte:old', 'offline:removed-story:ccc']);
		// A story named like an Object property is not in the build because of it.
		expect(currentCaches(['offline:constructor:x'], versions)).toEqual([]);
	});

	it('renews the stories a previous worker kept at another version, once each, and no story the build dropped', () => {
		const names = [
			'offline:road-to-sirte:old',
			'offline:road-to-sirte:older',
			'offline:hurricane-katrina:bbb',
			'offline:gone:x'
		];
		expect(storiesToRenew(names, versions)).toEqual(['road-to-sirte']);
		expect(storiesToRenew([], versions)).toEqual([]);
	});

	it('takes hashed files from the browser’s cache and asks the server for every other', () => {
		expect(immutable('_app/immutable/entry/story.abc.js')).toBe(true);
		expect(immutable('road-to-sirte/')).toBe(false);
		expect(immutable('favicon.svg')).toBe(false);
	});

	it('accepts the manifest of the story and version asked for, and says what is wrong with any other', () => {
		const good = { story: 'road-to-sirte', version: 'aaa', files: ['road-to-sirte/', 'favicon.svg'] };
		expect(checkManifest(good, 'road-to-sirte', 'aaa')).toEqual(good);
		expect(() => checkManifest(good, 'road-to-sirte', 'new')).toThrow(
			'_app/offline/road-to-sirte.json is version aaa, this worker expects new'
		);
		expect(() => checkManifest(good, 'hurricane-katrina', 'aaa')).toThrow(
			'is not the manifest of "hurricane-katrina"'
		);
		expect(() => checkManifest(null, 'road-to-sirte', 'aaa')).toThrow('is not the manifest');
		expect(() => checkManifest({ ...good, files: [] }, 'road-to-sirte', 'aaa')).toThrow(
			'is not the manifest'
		);
		for (const file of ['https://elsewhere.example/x.js', '/etc/passwd', '../x', 7])
			expect(() => checkManifest({ ...good, files: [file] }, 'road-to-sirte', 'aaa'), String(file)).toThrow(
				'lists a file outside the site'
			);
	});
});
