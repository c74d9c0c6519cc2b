/**
 * The basemap's projection in the browser: points the build did not project (a mark's `{lat, lon}`, a flight's
 * destination off the map) and kilometres in basemap units. Pure arithmetic on the numbers `buildBasemap` recorded,
 * so the layout needs no geographic library.
 */
import type { Basemap, MapPoint } from './types.ts';

/** Mean Earth radius in km. */
const EARTH_KM = 6371.0088;
const RADIANS = Math.PI / 180;
/** Where a longitude and latitude fall on the basemap, unrounded (off the map for points beyond its extent). */
export function project(basemap: Pick<Basemap, 'projection'>, p: { lat: number; lon: number }): MapPoint {
	const { k, x0, y0 } = basemap.projection;
	return {
		x: x0 + k * p.lon * RADIANS,
		y: y0 - k * Math.log(Math.tan(Math.PI / 4 + (p.lat * RADIANS) / 2))
	};
}

/** Basemap units per kilometre at the middle latitude of the extent (Mercator stretches by 1 / cos latitude). */
export function unitsPerKm(basemap: Pick<Basemap, 'projection' | 'extent'>): number {
	const middle = ((basemap.extent.south + basemap.extent.north) / 2) * RADIANS;
	return basemap.projection.k / (EARTH_KM * Math.cos(middle));
}
