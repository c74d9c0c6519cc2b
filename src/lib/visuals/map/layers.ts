/**
 * What each layer of the campaign diagram draws, in basemap units, from the gazetteer's projected places. Positions
 * are schematic: arrows show who moved (or said they would) from where toward what, not routes or front lines. The
 * layers of what came after May 2016 are in `layers-later.ts`.
 */
import type { MapPoint } from '../map/types.ts';
import { burst, centroid, circle, diamond, lerp, polygon, shift, toward, zone } from './geometry.ts';
import { LATER_MAKERS } from './layers-later.ts';
import { arrowMark, portsZone, type Make } from './mark-kit.ts';
import type { CampaignLayer } from './types.ts';

/** Radius of the IS-held zone, in basemap units (about 30 km). */
const IS_RADIUS = 18;

export const MAKERS: Record<CampaignLayer, Make> = {
	'is-held': (at) => {
		const centres = ['buwairat-al-hassun', 'sirte', 'harawa', 'nawfaliya', 'bin-jawad'].map(at);
		// The label hangs below the zone's western half, clear of the towns the Guard took in the east.
		const west = centroid([centres[0]!, centres[1]!]);
		return [
			{
				id: 'is-zone',
				kind: 'zone',
				actor: 'is',
				dashed: false,
				label: 'Islamic State',
				d: zone(centres, IS_RADIUS),
				at: shift(west, 0, IS_RADIUS * 0.6),
				r: IS_RADIUS * 0.6,
				positions: ['s', 'sw', 'se', 'n'],
				solid: false
			}
		];
	},
	'gna-advance': (at, u) => {
		const [misrata, abuGrain, buwairat, tip] = [
			'misrata',
			'abu-grain',
			'buwairat-al-hassun',
			'al-khamseen'
		].map(at);
		const start = toward(misrata!, abuGrain!, 8 * u);
		return [
			{
				id: 'gna-coast',
				kind: 'arrow',
				actor: 'gna',
				dashed: false,
				label: 'GNA forces',
				...arrowMark([start, abuGrain!, buwairat!, tip!], u),
				at: lerp(misrata!, abuGrain!, 0.6),
				r: 4 * u,
				positions: ['w', 'sw', 'nw'],
				solid: false
			}
		];
	},
	'lna-announced': (at, u) => {
		const [sirte, nawfaliya, rasLanuf, zilla] = ['sirte', 'nawfaliya', 'ras-lanuf', 'zilla'].map(at);
		// From LNA-held country east of the oil ports, passing south of them, to short of the IS-held coast.
		const east = [shift(rasLanuf!, 85, 48), shift(rasLanuf!, 15, 44), shift(nawfaliya!, 4, 30)];
		const south = [toward(zilla!, sirte!, 16 * u), lerp(zilla!, sirte!, 0.74)];
		return [
			{
				id: 'lna-east',
				kind: 'arrow',
				actor: 'lna',
				dashed: true,
				label: 'LNA, announced',
				...arrowMark(east, u),
				at: east[0]!,
				r: 4 * u,
				positions: ['s', 'se', 'sw', 'e'],
				solid: false
			},
			{
				id: 'lna-south',
				kind: 'arrow',
				actor: 'lna',
				dashed: true,
				label: '',
				...arrowMark(south, u),
				at: lerp(south[0]!, south[1]!, 0.5),
				r: 4 * u,
				solid: false
			}
		];
	},
	'zilla-clash': (at, u) => [
		{
			id: 'zilla-clash',
			kind: 'clash',
			actor: 'lna',
			dashed: false,
			label: 'Clash, 3 May',
			d: burst(at('zilla'), 11 * u),
			at: at('zilla'),
			r: 11 * u,
			solid: true
		}
	],
	'lna-derna': (at, u) => {
		const derna = at('derna');
		const r = 8 * u;
		const ring = circle(derna, r);
		// The siege's axes (the LNA spokesman spoke of four), as wedges pointing in from west, south-west, south, east.
		const wedges = [180, 135, 90, 0]
			.map((deg) => {
				const a = (deg * Math.PI) / 180;
				const [c, s] = [Math.cos(a), Math.sin(a)];
				const p = (k: number, side: number) => ({
					x: derna.x + k * c - side * s,
					y: derna.y + k * s + side * c
				});
				return polygon([p(r + 2 * u, 0), p(r + 9 * u, 3.5 * u), p(r + 9 * u, -3.5 * u)]);
			})
			.join('');
		return [
			{
				id: 'lna-derna',
				kind: 'siege',
				actor: 'lna',
				dashed: false,
				label: 'Operation Volcano',
				d: ring + wedges,
				at: derna,
				r: r + 9 * u,
				positions: ['s', 'se', 'sw', 'e', 'w'],
				solid: true
			}
		];
	},
	'pfg-ports': (at) => [portsZone(at, 'pfg-zone', 'pfg', 'PFG oil ports')],
	'zintan-threat': (at, u) => {
		const [zintan, tripoli] = [at('zintan'), at('tripoli')];
		const points = [toward(zintan, tripoli, 8 * u), toward(tripoli, zintan, 12 * u)];
		return [
			{
				id: 'zintan-threat',
				kind: 'arrow',
				actor: 'lna',
				dashed: true,
				label: 'LNA threat',
				...arrowMark(points, u),
				at: lerp(points[0]!, points[1]!, 0.5),
				r: 4 * u,
				positions: ['e', 'se', 'w', 'ne'],
				solid: false
			}
		];
	},
	'foreign-forces': (at, u, basemap) => {
		const [misrata, abuGrain] = [at('misrata'), at('abu-grain')];
		const uk = shift(lerp(misrata, abuGrain, 0.45), -14 * u, 0);
		const us = shift(misrata, 18 * u, 8 * u);
		const rome = basemap.offmap?.find((o) => o.id === 'rome') ?? { ...misrata, y: -100 };
		// The medevac line leaves the map at its top edge, on the way to Rome.
		const t = (misrata.y - 2 * u) / Math.max(1, misrata.y - rome.y);
		const exit = lerp(misrata, rome, t);
		const presence = (id: string, p: MapPoint, label: string) => ({
			id,
			kind: 'presence' as const,
			actor: 'foreign' as const,
			dashed: true,
			label,
			d: diamond(p, 7 * u),
			at: p,
			r: 7 * u,
			solid: true
		});
		return [
			presence('uk-forces', uk, 'UK, reported'),
			presence('us-forces', us, 'US, reported'),
			{
				id: 'medevac-rome',
				kind: 'arrow',
				actor: 'foreign',
				dashed: false,
				label: 'Medevac to Rome',
				...arrowMark([toward(misrata, exit, 12 * u), exit], u),
				at: lerp(misrata, exit, 0.55),
				r: 4 * u,
				positions: ['w', 'e'],
				solid: false
			}
		];
	},
	...LATER_MAKERS
};
