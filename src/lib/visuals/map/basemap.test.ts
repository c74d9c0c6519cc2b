import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Place } from '../../content/types.ts';
import { basemapProjection, buildBasemap, EXTENT } from './basemap.ts';

const place = (id: string, lat: number, lon: number, estimated = false): Place => ({
	id,
	name: id[0]!.toUpperCase() + id.slice(1),
	variants: [],
	lat,
	lon,
	estimated
});
const places = [
	place('sirte', 31.205, 16.5886),
	place('zilla', 28.5378, 17.5689),
	place('derna', 32.7636, 22.6361)
];
const storyPlaces = parse(readFileSync('stories/road-to-sirte/places.yaml', 'utf8')) as Place[];

// Mercator fitted to 16.5° of longitude across 1000 units: k = 1000 / (16.5° in radians) = 3472.47 units per radian,
// and y = k × (ln tan(45° + 34°/2) − ln tan(45° + lat/2)) below the top edge at 34°N.
const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const k = 1000 / ((16.5 * Math.PI) / 180);

describe('buildBasemap', () => {
	it('projects Sirte 7.0886° of 16.5° across and 201.1 units down', () => {
		const sirte = buildBasemap(places).places[0];
		expect(sirte).toEqual({ id: 'sirte', name: 'Sirte', x: 429.6, y: 201.1, estimated: false });
		expect(sirte!.y).toBe(Math.round(k * (mercator(34) - mercator(31.205)) * 10) / 10);
	});

	it('fits the extent from 9.5°E to 26°E and 34°N to 27°N into 1000 × 493 units', () => {
		const basemap = buildBasemap(places);
		expect([basemap.width, basemap.height]).toEqual([1000, 493]);
		expect(basemap.extent).toEqual({ west: 9.5, east: 26, south: 27, north: 34 });
		const projection = basemapProjection();
		expect(projection([EXTENT.west, EXTENT.north])!.map((n) => Math.round(n * 100) / 100 + 0)).toEqual([
			0, 0
		]);
		expect(projection([EXTENT.east, EXTENT.south])!.map((n) => Math.round(n * 100) / 100)).toEqual([
			1000, 492.89
		]);
	});

	it('reaches Zilla in the south and Derna in the east', () => {
		expect(buildBasemap(places).places.map((p) => [p.id, p.x, p.y])).toEqual([
			['sirte', 429.6, 201.1],
			['zilla', 489, 387.6],
			['derna', 796.1, 89.7]
		]);
	});

	it('keeps every place of the story inside the map', () => {
		const basemap = buildBasemap(storyPlaces);
		expect(basemap.places.map((p) => p.id)).toEqual(storyPlaces.map((p) => p.id));
		for (const p of basemap.places) {
			expect(p.x, p.id).toBeGreaterThan(0);
			expect(p.x, p.id).toBeLessThan(basemap.width);
			expect(p.y, p.id).toBeGreaterThan(0);
			expect(p.y, p.id).toBeLessThan(basemap.height);
		}
	});

	it('refuses a place it cannot show', () => {
		expect(() => buildBasemap([place('rome', 41.9028, 12.4964)])).toThrow(
			'Place "rome" (41.9028°N, 12.4964°E) lies outside the map\'s extent 9.5–26°E, 27–34°N'
		);
	});

	it('draws the countries that reach into the extent (Niger, Chad and Sudan lie south of 27°N)', () => {
		const basemap = buildBasemap(places);
		expect(basemap.countries.map((c) => [c.id, c.name, c.label])).toEqual([
			['algeria', 'Algeria', undefined],
			['egypt', 'Egypt', { x: 969.7, y: 424.6 }],
			['libya', 'Libya', { x: 666.7, y: 355.6 }],
			['tunisia', 'Tunisia', { x: 54.5, y: 79.9 }]
		]);
	});

	it('writes compact paths: relative moves in tenths of a unit, closed rings', () => {
		const basemap = buildBasemap(places);
		for (const c of basemap.countries) expect(c.d, c.id).toMatch(/^(M-?[\d.]+,-?[\d.]+l[-\d., ]+z)+$/);
		expect(basemap.coast).toMatch(/^(M-?[\d.]+,-?[\d.]+l[-\d., ]+)+$/);
		expect(`${basemap.coast} ${basemap.countries.map((c) => c.d).join(' ')}`).not.toMatch(/\.\d\d/);
	});

	it('names the sea and the gulf, and projects Rome beyond the top edge', () => {
		const basemap = buildBasemap(places);
		expect(basemap.water).toEqual([
			{ name: 'Mediterranean Sea', x: 606.1, y: 40.1 },
			{ name: 'Gulf of Sirte', x: 551.5, y: 194.4 }
		]);
		expect(basemap.offmap).toEqual([{ id: 'rome', name: 'Rome', x: 181.6, y: -608.5 }]);
	});

	it('gives a 200 km scale bar at the middle latitude, 30.5°N', () => {
		// 200 km × k / (6371 km × cos 30.5°).
		expect(buildBasemap(places).scale).toEqual({ km: 200, length: 126.5 });
	});

	it('is deterministic and plain data: the same JSON every time, and it survives a round trip', () => {
		const a = buildBasemap(storyPlaces);
		const b = buildBasemap(storyPlaces);
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});

	it('stays small enough to ship in every page: under 25 kB of JSON for the story', () => {
		expect(JSON.stringify(buildBasemap(storyPlaces)).length).toBeLessThan(25_000);
	});

	it('does not share state between calls', () => {
		const a = buildBasemap(places);
		a.countries[0]!.d = '';
		expect(buildBasemap(places).countries[0]!.d).not.toBe('');
	});
});
