import { describe, expect, it } from 'vitest';
import { fixtureBasemap } from './fixture.ts';
import { project, unitsPerKm } from './project.ts';

describe('project', () => {
	it("runs the basemap's Mercator: 100 units a degree of longitude, y from the equator up by k ln tan(45° + φ/2)", () => {
		const p = project(fixtureBasemap, { lat: 0, lon: 4.3 });
		expect([p.x, p.y].map((n) => Math.round(n * 1e9) / 1e9)).toEqual([430, 250]);
		const k = 18000 / Math.PI;
		const { y } = project(fixtureBasemap, { lat: 2, lon: 0 });
		expect(y).toBeCloseTo(250 - k * Math.log(Math.tan(Math.PI / 4 + Math.PI / 180)), 9);
		// 2° north is a hair more than 200 units up: Mercator stretches away from the equator.
		expect(Math.round((250 - y) * 100) / 100).toBe(200.04);
	});

	it('projects points off the map, for arrows that leave it', () => {
		expect(project(fixtureBasemap, { lat: 0, lon: -1 }).x).toBeCloseTo(-100, 9);
		expect(project(fixtureBasemap, { lat: 9, lon: 0 }).y).toBeLessThan(-600);
	});
});

describe('unitsPerKm', () => {
	it('divides k by the Earth radius, stretched by 1 / cos of the middle latitude', () => {
		// At the equator: 100 units a degree, a degree being 6371.0088 km × π / 180 = 111.19 km.
		expect(unitsPerKm(fixtureBasemap)).toBeCloseTo(100 / 111.19508, 6);
		const north = { ...fixtureBasemap, extent: { ...fixtureBasemap.extent, south: 59, north: 61 } };
		expect(unitsPerKm(north)).toBeCloseTo((2 * 100) / 111.19508, 3);
	});
});
