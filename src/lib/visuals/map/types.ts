/**
 * The basemap as plain, serialisable data: what the map components draw. No geometry library is needed to read it,
 * so components import only these types, never `basemap.ts` (which pulls in d3-geo and the world atlas).
 */

/** A point in basemap units: x from 0 to `width`, y from 0 to `height`, y down. */
export interface MapPoint {
	x: number;
	y: number;
}

/** A country, clipped to the map's extent. */
export interface BasemapCountry {
	/** Kebab-case English name: "libya", "tunisia". */
	id: string;
	name: string;
	/** SVG path data in basemap units. */
	d: string;
	/** Where its name goes, when it has room inside the extent. */
	label?: MapPoint;
}

/** A gazetteer place, projected. */
export interface BasemapPlace extends MapPoint {
	id: string;
	name: string;
	/** The coordinates are interpolated from a reported distance, not surveyed. */
	estimated: boolean;
}

/** A named sea or gulf, with the point its name is centred on. */
export interface BasemapWater extends MapPoint {
	name: string;
}

/** A destination beyond the edge of the map, projected (so x or y lies outside the viewBox). */
export interface BasemapOffmap extends MapPoint {
	id: string;
	name: string;
}

export interface Basemap {
	/** Width of the viewBox, always 1000. */
	width: 1000;
	/** Height of the viewBox, fixed by the extent and the projection. */
	height: number;
	/** The geographic extent drawn, in degrees. */
	extent: { west: number; east: number; south: number; north: number };
	/** Countries that reach into the extent, sorted by id. */
	countries: BasemapCountry[];
	/** Coastlines (land against sea), clipped, as one SVG path. */
	coast?: string;
	/** Seas and gulfs to name. */
	water?: BasemapWater[];
	/** Destinations off the map, for arrows that leave it (the medevac flights to Rome). */
	offmap?: BasemapOffmap[];
	/** A scale bar valid near the map's centre latitude: `length` basemap units is `km` kilometres. */
	scale?: { km: number; length: number };
	/** The story's places, projected, in gazetteer order. */
	places: BasemapPlace[];
}
