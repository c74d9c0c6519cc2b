/**
 * The basemap, computed at build time. This module pulls in d3-geo, topojson-client and the 50m world atlas
 * (750 kB of JSON): only server code (a `+page.server.ts` load, a prerender step, a test) may import it. Components
 * receive its output, a `Basemap` of plain strings and numbers, and import only `./types.ts`.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Place } from '../../content/types.ts';
import { CompactPath } from './compact-path.ts';
import { unitsPerKm } from './project.ts';
import type { MapConfig } from './spec.ts';
import type { Basemap, BasemapCountry, BasemapName } from './types.ts';

export const BASEMAP_WIDTH = 1000;
/** The scale bar's lengths to choose from, in km: the longest that takes at most 15% of the map's width. */
const SCALE_KMS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];
const SCALE_MAX = 150;

type Extent = MapConfig['extent'];
/** What the basemap needs of the map's configuration. */
export type BasemapConfig = Pick<MapConfig, 'extent' | 'subject' | 'countries' | 'water'>;
type Countries = GeometryCollection<{ name: string }>;
const world = atlas as unknown as Topology<{ countries: Countries; land: GeometryCollection }>;

/** The projection: Mercator fitted so the extent spans x 0–1000 and y 0–height. */
export function basemapProjection(extent: Extent): GeoProjection {
	const corners: MultiPoint = {
		type: 'MultiPoint',
		coordinates: [
			[extent.west, extent.north],
			[extent.east, extent.south]
		]
	};
	const projection = geoMercator().fitWidth(BASEMAP_WIDTH, corners);
	const height = Math.ceil(projection([extent.west, extent.south])![1]);
	return projection.clipExtent([
		[0, 0],
		[BASEMAP_WIDTH, height]
	]);
}

/**
 * Whether a feature's longitude–latitude box meets the extent. Planar on purpose: a few atlas rings (the Maldives in
 * the 10m atlas) wind so that d3-geo's spherical tests read them as "the globe but this islet", filling the map.
 */
function overlaps(f: Feature<Geometry>, extent: Extent): boolean {
	const g = f.geometry;
	const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
	let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const [lon = NaN, lat = NaN] of rings.flat()) {
		[west, east] = [Math.min(west, lon), Math.max(east, lon)];
		[south, north] = [Math.min(south, lat), Math.max(north, lat)];
	}
	return west < extent.east && east > extent.west && south < extent.north && north > extent.south;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
export const slug = (name: string) =>
	name
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
/** Projects a point, rounded to 0.1 unit. Point projection is not clipped. */
const project = (projection: GeoProjection, lon: number, lat: number) => {
	const [x, y] = projection([lon, lat])!;
	return { x: round1(x), y: round1(y) };
};

type Geography = Omit<Basemap, 'places' | 'countryNames' | 'water' | 'subject'>;
/** The geography of each extent met, computed once per process: the world atlas is slow to project. */
const geographies = new Map<string, Geography>();

/** Everything that depends on the extent alone: countries, coast, projection and scale bar. */
function buildGeography(extent: Extent): Geography {
	const projection = basemapProjection(extent);
	const height = projection.clipExtent()![1][1];
	const context = new CompactPath(0.3, 4);
	const path = geoPath(projection, context);

	const countries: BasemapCountry[] = world.objects.countries.geometries
		.map((g) => feature(world, g) as Feature<Geometry, { name: string }>)
		.filter((f) => overlaps(f, extent))
		.map((f) => {
			path(f);
			return { id: slug(f.properties.name), name: f.properties.name, d: context.result() };
		})
		.filter((c) => c.d !== '')
		.sort((a, b) => a.id.localeCompare(b.id));

	path(mesh(world, world.objects.countries, (a, b) => a === b));
	const coast = context.result();
	const [x0, y0] = projection.translate();
	const geography = {
		width: BASEMAP_WIDTH,
		height,
		extent: { ...extent },
		projection: { k: projection.scale(), x0, y0 },
		countries,
		coast
	} as const;
	const perKm = unitsPerKm(geography);
	const km = [...SCALE_KMS].reverse().find((n) => n * perKm <= SCALE_MAX) ?? SCALE_KMS[0]!;
	return { ...geography, scale: { km, length: round1(km * perKm) } };
}

/**
 * Projects the world atlas and the story's places into a 1000-unit-wide map of the configured extent: plain,
 * serialisable data. Deterministic. Places outside the extent are left out (the map's spec refuses any reference to
 * them), and so are names whose point lies off the map. Throws when `subject` names no country on the map.
 */
export function buildBasemap(places: readonly Place[], config: BasemapConfig): Basemap {
	const { extent } = config;
	const key = JSON.stringify([extent.west, extent.east, extent.south, extent.north]);
	let geography = geographies.get(key);
	if (!geography) geographies.set(key, (geography = buildGeography(extent)));
	const projection = basemapProjection(extent);
	const { width, height } = geography;
	const inside = (p: { x: number; y: number }) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
	const names = (list: readonly { name: string; lon: number; lat: number }[]): BasemapName[] =>
		list
			.map((n) => ({ id: slug(n.name), name: n.name, ...project(projection, n.lon, n.lat) }))
			.filter(inside);

	const subject = config.subject && geography.countries.find((c) => c.name === config.subject);
	if (config.subject && !subject)
		throw new Error(
			`map.subject: no country named "${config.subject}" reaches into the map; ` +
				`those that do: ${geography.countries.map((c) => c.name).join(', ')}`
		);
	return {
		...structuredClone(geography),
		...(subject ? { subject: subject.id } : {}),
		countryNames: names(config.countries),
		water: names(config.water),
		places: places
			.map((p) => ({ id: p.id, name: p.name, ...project(projection, p.lon, p.lat), estimated: p.estimated }))
			.filter(inside)
	};
}
