/**
 * The basemap, computed at build time. This module pulls in d3-geo, topojson-client and the 50m world atlas
 * (750 kB of JSON): only server code (a `+page.server.ts` load, a prerender step, a test) may import it. Components
 * receive its output, a `Basemap` of plain strings and numbers, and import only `./types.ts`.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import type { Place } from '../../content/types.ts';
import { CompactPath } from './compact-path.ts';
import type { Basemap, BasemapCountry } from './types.ts';

/** Libya's coast from the Tunisian border to the Egyptian one, and the desert as far south as Zilla (28.5°N). */
export const EXTENT = { west: 9.5, east: 26, south: 27, north: 34 } as const;
export const BASEMAP_WIDTH = 1000;

/** Where country names go ([lon, lat]), chosen by hand where each country has room inside the extent. */
const COUNTRY_LABELS: Record<string, [number, number]> = {
	libya: [20.5, 29],
	tunisia: [10.4, 32.9],
	egypt: [25.5, 28]
};
const WATER: { name: string; at: [number, number] }[] = [
	{ name: 'Mediterranean Sea', at: [19.5, 33.45] },
	{ name: 'Gulf of Sirte', at: [18.6, 31.3] }
];
/** Rome: where the Italian Air Force flew wounded Misratan fighters (Libya Security Monitor, 16 May 2016). */
const OFFMAP = [{ id: 'rome', name: 'Rome', at: [12.4964, 41.9028] as [number, number] }];
/** Mean Earth radius in km, for the scale bar. */
const EARTH_KM = 6371.0088;
const SCALE_KM = 200;

type Countries = GeometryCollection<{ name: string }>;
const world = atlas as unknown as Topology<{ countries: Countries; land: GeometryCollection }>;

/** The projection: Mercator fitted so the extent spans x 0–1000 and y 0–height. */
export function basemapProjection(): GeoProjection {
	const corners: MultiPoint = {
		type: 'MultiPoint',
		coordinates: [
			[EXTENT.west, EXTENT.north],
			[EXTENT.east, EXTENT.south]
		]
	};
	const projection = geoMercator().fitWidth(BASEMAP_WIDTH, corners);
	const height = Math.ceil(projection([EXTENT.west, EXTENT.south])![1]);
	return projection.clipExtent([
		[0, 0],
		[BASEMAP_WIDTH, height]
	]);
}

/**
 * Whether a feature's longitude–latitude box meets the extent. Planar on purpose: a few atlas rings (the Maldives in
 * the 10m atlas) wind so that d3-geo's spherical tests read them as "the globe but this islet", filling the map.
 */
function overlapsExtent(f: Feature<Geometry>): boolean {
	const g = f.geometry;
	const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
	let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const [lon = NaN, lat = NaN] of rings.flat()) {
		[west, east] = [Math.min(west, lon), Math.max(east, lon)];
		[south, north] = [Math.min(south, lat), Math.max(north, lat)];
	}
	return west < EXTENT.east && east > EXTENT.west && south < EXTENT.north && north > EXTENT.south;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
/** Projects a point, rounded to 0.1 unit. Point projection is not clipped, so off-map points keep their place. */
const project = (projection: GeoProjection, lonlat: [number, number]) => {
	const [x, y] = projection(lonlat)!;
	return { x: round1(x), y: round1(y) };
};

type Geography = Omit<Basemap, 'places'>;
let geography: Geography | undefined;

/** Everything but the places: the same for every story, so computed once per process. */
function buildGeography(): Geography {
	const projection = basemapProjection();
	const height = projection.clipExtent()![1][1];
	const context = new CompactPath(0.3, 4);
	const path = geoPath(projection, context);
	const inside = ({ x, y }: { x: number; y: number }) =>
		x >= 0 && x <= BASEMAP_WIDTH && y >= 0 && y <= height;

	const countries: BasemapCountry[] = world.objects.countries.geometries
		.map((g) => feature(world, g) as Feature<Geometry, { name: string }>)
		.filter(overlapsExtent)
		.map((f) => {
			path(f);
			const id = slug(f.properties.name);
			const country: BasemapCountry = { id, name: f.properties.name, d: context.result() };
			const at = COUNTRY_LABELS[id];
			const label = at && project(projection, at);
			if (label && inside(label)) country.label = label;
			return country;
		})
		.filter((c) => c.d !== '')
		.sort((a, b) => a.id.localeCompare(b.id));

	path(mesh(world, world.objects.countries, (a, b) => a === b));
	const coast = context.result();
	const centre = (EXTENT.south + EXTENT.north) / 2;
	const unitsPerKm = projection.scale() / (EARTH_KM * Math.cos((centre * Math.PI) / 180));
	return {
		width: BASEMAP_WIDTH,
		height,
		extent: { ...EXTENT },
		countries,
		coast,
		water: WATER.map((w) => ({ name: w.name, ...project(projection, w.at) })),
		offmap: OFFMAP.map((o) => ({ id: o.id, name: o.name, ...project(projection, o.at) })),
		scale: { km: SCALE_KM, length: round1(SCALE_KM * unitsPerKm) }
	};
}

/**
 * Projects the world atlas and the story's places into a 1000-unit-wide map of Libya's coast: plain, serialisable
 * data. Deterministic. Throws when a place lies outside the extent, since the map could not show it.
 */
export function buildBasemap(places: readonly Place[]): Basemap {
	geography ??= buildGeography();
	const projection = basemapProjection();
	const { height } = geography;
	return {
		...structuredClone(geography),
		places: places.map((p) => {
			const { x, y } = project(projection, [p.lon, p.lat]);
			if (!(x >= 0 && x <= BASEMAP_WIDTH && y >= 0 && y <= height)) {
				throw new Error(
					`Place "${p.id}" (${p.lat}°N, ${p.lon}°E) lies outside the map's extent ` +
						`${EXTENT.west}–${EXTENT.east}°E, ${EXTENT.south}–${EXTENT.north}°N`
				);
			}
			return { id: p.id, name: p.name, x, y, estimated: p.estimated };
		})
	};
}
