/** The road to Sirte's gazetteer against the map it is drawn on: a check of that story's data, not of the package. */
import { readFileSync } from 'node:fs';
import { geoContains, geoDistance } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-50m.json';
import { parse } from 'yaml';
import type { Place } from '../../src/lib/content/types.ts';

/** The story's gazetteer, and Libya as the basemap draws it (the 50m world atlas). */
const places = parse(readFileSync('stories/road-to-sirte/places.yaml', 'utf8')) as Place[];
const world = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
const libya = countries.features.find((f) => f.properties.name === 'Libya')!;
const km = (a: Place, b: Place) => geoDistance([a.lon, a.lat], [b.lon, b.lat]) * 6371.0088;
const byId = (id: string) => places.find((p) => p.id === id)!;

describe("the story's places", () => {
	it.each(places.map((p) => [p.id, p] as const))("%s lies on Libya's land", (_, p) => {
		expect(geoContains(libya, [p.lon, p.lat])).toBe(true);
	});

	it('tells land from sea: the old straight-line positions of Al-Baghla and Al-Khamseen were offshore', () => {
		expect(geoContains(libya, [16.013, 31.335])).toBe(false);
		expect(geoContains(libya, [16.109, 31.313])).toBe(false);
		expect(geoContains(libya, [16.5886, 31.205])).toBe(true);
	});

	it('keeps the schematic coast-road places at their reported distances from Sirte, within 1 km', () => {
		const sirte = byId('sirte');
		const distances = ['al-baghla', 'al-khamseen', 'steam-power-station'].map((id) => [
			id,
			Math.round(km(byId(id), sirte)),
			byId(id).estimated,
			/schematic/.test(byId(id).note ?? '')
		]);
		expect(distances).toEqual([
			['al-baghla', 60, true, true],
			['al-khamseen', 50, true, true],
			['steam-power-station', 15, true, true]
		]);
	});
});
