/** The marks of the campaign diagram's layers that are switched on. */
import type { Basemap, MapPoint } from '../map/types.ts';
import { MAKERS, type Where } from './layers.ts';
import { CAMPAIGN_LAYERS, type CampaignLayer, type CampaignMark } from './types.ts';

/** Places each layer names, so they are drawn (as dots) when the layer is on. */
export const LAYER_PLACES: Record<CampaignLayer, string[]> = {
	'is-held': [],
	'gna-advance': ['abu-grain'],
	'lna-announced': [],
	'zilla-clash': ['zilla'],
	'lna-derna': ['derna'],
	'pfg-ports': ['ras-lanuf'],
	'zintan-threat': ['zintan'],
	'foreign-forces': []
};

/**
 * The marks of the layers switched on, in drawing order. `u` is one CSS pixel in basemap units (at least the size
 * marks are drawn at). A layer whose places are missing from the basemap is left out rather than drawn wrong.
 */
export function campaignMarks(basemap: Basemap, layers: readonly string[], u: number): CampaignMark[] {
	const byId = new Map(basemap.places.map((p) => [p.id, p]));
	return CAMPAIGN_LAYERS.filter((layer) => layers.includes(layer)).flatMap((layer) => {
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
				r: Math.round(m.r * 100) / 100
			}));
		} catch (e) {
			if (e instanceof RangeError) return [];
			throw e;
		}
	});
}

const rounded = (p: MapPoint): MapPoint => ({
	x: Math.round(p.x * 100) / 100,
	y: Math.round(p.y * 100) / 100
});
