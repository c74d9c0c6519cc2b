import { describe, expect, it } from 'vitest';
import type { Place } from '../../content/types.ts';
import { basemapProjection, buildBasemap, type BasemapConfig } from './basemap.ts';
import { project, unitsPerKm } from './project.ts';

const place = (id: string, lat: number, lon: number, estimated = false): Place => ({
	id,
	name: id[0]!.toUpperCase() + id.slice(1),
	variants: [],
	lat,
	lon,
	estimated
});
/** A made-up gazetteer on a real coast: two places on the map, one north of it. */
const places = [place('alpha', 30, -86), place('bravo', 25, -80, true), place('charlie', 40, -80)];
/** The Gulf of Mexico and the coasts around it. */
const extent = { west: -98, east: -74, south: 20, north: 35 };
const config: BasemapConfig = {
	extent,
	subject: 'United States of America',
	countries: [
		{ name: 'Mexico', lon: -97, lat: 24 },
		{ name: 'Far away', lon: 0, lat: 0 }
	],
	water: [{ name: 'Warm Sea', lon: -90, lat: 25 }]
};

// Mercator fitted to 24° of longitude across 1000 units: k = 1000 / (24° in radians) = 2387.32 units per radian,
// and y = k × (ln tan(45° + 35°/2) − ln tan(45° + lat/2)) below the top edge at 35°N.
const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const k = 1000 / ((24 * Math.PI) / 180);
const round1 = (n: number) => Math.round(n * 10) / 10;

describe('buildBasemap', () => {
	it('projects a place 12° of 24° across and k (ln tan 62.5° − ln tan 60°) down', () => {
		const alpha = buildBasemap(places, config).places[0];
		expect(alpha).toEqual({ id: 'alpha', name: 'Alpha', x: 500, y: 247.2, estimated: false });
		expect(alpha!.y).toBe(round1(k * (mercator(35) - mercator(30))));
	});

	it('fits the extent from 98°W to 74°W and 35°N to 20°N into 1000 × 708 units', () => {
		const basemap = buildBasemap(places, config);
		expect([basemap.width, basemap.height]).toEqual([1000, 708]);
		expect(basemap.extent).toEqual(extent);
		const projection = basemapProjection(extent);
		expect(projection([extent.west, extent.north])!.map((n) => Math.round(n * 100) / 100 + 0)).toEqual([
			0, 0
		]);
		expect(projection([extent.east, extent.south])!.map((n) => Math.round(n * 100) / 100)).toEqual([
			1000, 707.74
		]);
	});

	it("records its projection, so the browser projects any point as d3-geo's Mercator does", () => {
		const basemap = buildBasemap(places, config);
		expect(basemap.projection.k).toBeCloseTo(k, 9);
		const d3 = basemapProjection(extent);
		for (const [lon, lat] of [
			[-98, 35],
			[-80, 25],
			[-86.5, 30.25],
			[12.5, 41.9]
		] as const) {
			const p = project(basemap, { lat, lon });
			const [x, y] = d3([lon, lat])!;
			expect([p.x - x, p.y - y].map((n) => Math.abs(n) < 1e-9)).toEqual([true, true]);
		}
	});

	it('leaves out the places outside the extent: the map cannot show them, and its spec refuses them', () => {
		expect(buildBasemap(places, config).places.map((p) => [p.id, p.x, p.y, p.estimated])).toEqual([
			['alpha', 500, 247.2, false],
			['bravo', 750, 482.1, true]
		]);
	});

	it('draws the countries that reach into the extent, sorted by id, and marks the subject', () => {
		const basemap = buildBasemap(places, config);
		expect(basemap.countries.map((c) => [c.id, c.name])).toEqual([
			['bahamas', 'Bahamas'],
			['cuba', 'Cuba'],
			['mexico', 'Mexico'],
			['united-states-of-america', 'United States of America']
		]);
		expect(basemap.subject).toBe('united-states-of-america');
		expect(buildBasemap(places, { ...config, subject: undefined }).subject).toBe(undefined);
	});

	it('refuses a subject that is not on the map, naming those that are', () => {
		expect(() => buildBasemap(places, { ...config, subject: 'Atlantis' })).toThrow(
			'map.subject: no country named "Atlantis" reaches into the map; those that do: Bahamas, Cuba, Mexico, United States of America'
		);
	});

	it('writes compact paths: relative moves in tenths of a unit, closed rings', () => {
		const basemap = buildBasemap(places, config);
		for (const c of basemap.countries) expect(c.d, c.id).toMatch(/^(M-?[\d.]+,-?[\d.]+l[-\d., ]+z)+$/);
		expect(basemap.coast).toMatch(/^(M-?[\d.]+,-?[\d.]+l[-\d., ]+)+$/);
		expect(`${basemap.coast} ${basemap.countries.map((c) => c.d).join(' ')}`).not.toMatch(/\.\d\d/);
	});

	it('projects the names of countries and seas where the story puts them, leaving out those off the map', () => {
		const basemap = buildBasemap(places, config);
		expect(basemap.countryNames).toEqual([{ id: 'mexico', name: 'Mexico', x: 41.7, y: 527.9 }]);
		expect(basemap.water).toEqual([{ id: 'warm-sea', name: 'Warm Sea', x: 333.3, y: 482.1 }]);
	});

	it('gives a scale bar of the longest round length within 150 units, at the middle latitude, 27.5°N', () => {
		// k / (6371 km × cos 27.5°) = 0.4225 units per km: 500 km would be 211 units, 200 km is 84.5.
		const basemap = buildBasemap(places, config);
		expect(basemap.scale).toEqual({ km: 200, length: 84.5 });
		expect(basemap.scale.length).toBe(round1(200 * unitsPerKm(basemap)));
		const small = buildBasemap([], { ...config, extent: { west: -91, east: -89, south: 29, north: 31 } });
		expect(small.scale.km).toBe(20);
	});

	it('is deterministic and plain data: the same JSON every time, and it survives a round trip', () => {
		const a = buildBasemap(places, config);
		const b = buildBasemap(places, config);
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});

	it('stays small enough to ship in every page: under 25 kB of JSON', () => {
		expect(JSON.stringify(buildBasemap(places, config)).length).toBeLessThan(25_000);
	});

	it('does not share state between calls', () => {
		const a = buildBasemap(places, config);
		a.countries[0]!.d = '';
		expect(buildBasemap(places, config).countries[0]!.d).not.toBe('');
	});
});
