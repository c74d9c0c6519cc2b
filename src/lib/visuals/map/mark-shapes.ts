/** What the layer makers share: how they find places, the arrow they draw, and the oil ports' zone. */
import type { Basemap, MapPoint } from '../map/types.ts';
import { arrow, shift, toward, zone } from './geometry.ts';
import type { Actor, CampaignMark } from './types.ts';

/** A place's projected position; throws a RangeError when the basemap lacks it. */
export type Where = (id: string) => MapPoint;
/** A mark as a layer makes it: `campaignMarks` adds its layer and stroke. */
export type LayerMark = Omit<CampaignMark, 'layer' | 'stroke' | 'dash'>;
export type Make = (at: Where, u: number, basemap: Basemap) => LayerMark[];

/** An arrow's shaft and head, the head 11 CSS pixels long and wide. */
export const arrowMark = (points: MapPoint[], u: number) => arrow(points, 11 * u, 11 * u);

/** Radius of the oil ports' zone, in basemap units (about 23 km). */
export const PORTS_RADIUS = 14;
/** The zone's western circle is centred this far from Ras Lanuf toward Bin Jawad. */
const PORTS_WEST = 10;
/** How far the zone reaches from Ras Lanuf toward Bin Jawad. */
export const PORTS_REACH = PORTS_WEST + PORTS_RADIUS;

/**
 * The oil ports: Ras Lanuf and the oil crescent east of it (schematic: the other ports are not in the gazetteer),
 * held by `actor`.
 */
export function portsZone(at: Where, id: string, actor: Actor, label: string): LayerMark {
	const rasLanuf = at('ras-lanuf');
	const centres = [toward(rasLanuf, at('bin-jawad'), PORTS_WEST), rasLanuf, shift(rasLanuf, 55, 12)];
	return {
		id,
		kind: 'zone',
		actor,
		dashed: false,
		label,
		d: zone(centres, PORTS_RADIUS),
		at: centres[2]!,
		r: PORTS_RADIUS,
		positions: ['e', 'ne', 'se', 'n'],
		solid: false
	};
}
