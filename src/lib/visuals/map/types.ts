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
	/** Kebab-case English name: "new-zealand". */
	id: string;
	/** Its Natural Earth name. */
	name: string;
	/** SVG path data in basemap units. */
	d: string;
}

/** A gazetteer place, projected. */
export interface BasemapPlace extends MapPoint {
	id: string;
	name: string;
	/** The coordinates are interpolated from a reported distance, not surveyed. */
	estimated: boolean;
}

/** A name written on the map (a country, a sea), centred on its point. */
export interface BasemapName extends MapPoint {
	/** Kebab-case: "gulf-of-finland". */
	id: string;
	name: string;
}

/**
 * The map's Mercator projection: a point at longitude λ and latitude φ (radians) lies at x = x0 + k·λ and
 * y = y0 − k·ln tan(π/4 + φ/2), so the layout projects points the basemap did not (a flight's destination off the
 * map) without a geographic library.
 */
export interface BasemapProjection {
	k: number;
	x0: number;
	y0: number;
}

export interface Basemap {
	/** Width of the viewBox, always 1000. */
	width: 1000;
	/** Height of the viewBox, fixed by the extent and the projection. */
	height: number;
	/** The geographic extent drawn, in degrees. */
	extent: { west: number; east: number; south: number; north: number };
	projection: BasemapProjection;
	/** Countries that reach into the extent, sorted by id. */
	countries: BasemapCountry[];
	/** The id of the country the story is about: drawn a shade darker, and the land marks are clipped to. */
	subject?: string;
	/** Coastlines (land against sea), clipped, as one SVG path. */
	coast?: string;
	/** Country names to write, where the story puts them. */
	countryNames: BasemapName[];
	/** Seas and gulfs to name. */
	water: BasemapName[];
	/** A scale bar valid near the map's centre latitude: `length` basemap units is `km` kilometres. */
	scale: { km: number; length: number };
	/** The story's places that lie inside the extent, projected, in gazetteer order. */
	places: BasemapPlace[];
}
