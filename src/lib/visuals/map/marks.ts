/** The marks of the campaign diagram's layers that are switched on. */
import type { Basemap, MapPoint } from '../map/types.ts';
import { round2 } from './geometry.ts';
import { MAKERS } from './layers.ts';
import type { Where } from './mark-kit.ts';
import { markStroke, type Pens } from './pens.ts';
import { layersShown, type CampaignLayer, type CampaignMark } from './types.ts';

/** Places each layer names, so they are drawn (as dots) when the layer is on. */
export const LAYER_PLACES: Record<CampaignLayer, string[]> = {
	'is-held': [],
	'gna-advance': ['abu-grain'],
	'lna-announced': [],
	'zilla-clash': ['zilla'],
	'lna-derna': ['derna'],
	'pfg-ports': ['ras-lanuf'],
	'zintan-threat': ['zintan'],
	'foreign-forces': [],
	'pfg-advance': ['bin-jawad', 'nawfaliya', 'harawa'],
	'us-airstrikes': [],
	'lna-ports': ['ras-lanuf']
};

/**
 * The marks of the layers switched on, in drawing order (a layer replaced by a later one switched on is left out).
 * `u` is one CSS pixel in basemap units (at least the size marks are drawn at). A layer whose places are missing
 * from the basemap is left out rather than drawn wrong.
 */
export function campaignMarks(
	basemap: Basemap,
	layers: readonly string[],
	u: number,
	pens: Pens
): CampaignMark[] {
	const byId = new Map(basemap.places.map((p) => [p.id, p]));
	return layersShown(layers).flatMap((layer) => {
		try {
			const at: Where = (id) => {
				const p = byId.get(id);
				if (!p) throw new RangeError(`missing place ${id}`);
				return { x: p.x, y: p.y };
			};
			return MAKERS[layer](at, u, basemap).map((m) => ({
				...m,
				layer,
				at: rounded(m.at),
				r: round2(m.r),
				...markStroke(m, pens)
			}));
		} catch (e) {
			if (e instanceof RangeError) return [];
			throw e;
		}
	});
}

const rounded = (p: MapPoint): MapPoint => ({ x: round2(p.x), y: round2(p.y) });
