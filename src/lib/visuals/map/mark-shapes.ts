/**
 * The shape of each kind of mark, from its configuration: zones in kilometres on the ground, arrows and symbols in
 * CSS pixels (`u` basemap units each), so they keep their size on a phone. Positions are schematic: an arrow shows
 * who moved (or said they would) from where toward what, not a route or a front line.
 */
import type { LabelPosition } from '../shared/labels.ts';
import { clipToFrame, exitPoint, insideFrame, type Frame } from './clip.ts';
import {
	arrow,
	burst,
	crosshair,
	diamond,
	distance,
	lerp,
	polygon,
	siege,
	toward,
	zoneHull
} from './geometry.ts';
import type { MapMark } from './mark-types.ts';
import type { MapMarkConfig, MapPointRef } from './spec.ts';
import type { MapPoint } from './types.ts';

/** What the shapes are drawn with: where points fall, and the sizes at the rendered scale. */
export interface Kit {
	/** A point's position (the basemap's, for a place). */
	at: (p: MapPointRef) => MapPoint;
	/** One CSS pixel in basemap units. */
	u: number;
	/** One kilometre in basemap units. */
	perKm: number;
	/** The map's frame: 0–width, 0–height. */
	frame: Frame;
}

/** A mark's shape and where its label goes: `marks.ts` adds who and how it is drawn. */
export type Shape = Pick<MapMark, 'kind' | 'd' | 'head' | 'at' | 'r' | 'solid' | 'positions'>;

/** Sizes in CSS pixels. */
const PX = {
	/** An arrowhead's length and width. */
	head: 11,
	/** An arrow from a place starts this far from it, clear of its dot. */
	start: 8,
	/** An announced movement toward a place stops this far short of it, clear of its dot or the capital's ring. */
	short: 12,
	/** An arrow that leaves the map stops this far inside its edge. */
	edge: 2,
	/** How far an arrow's label keeps from the shaft. */
	line: 4,
	burst: 11,
	diamond: 7,
	/** The siege's ring; its wedges reach 9 px beyond. */
	siege: 8,
	/** The gun-sight: its circle, and its ticks from `inner` to `outer`, clear of the place's dot. */
	sight: { r: 8, inner: 4.5, outer: 13 }
} as const;
const ALL_SIDES = ['n', 'e', 's', 'w'] as const;

const positions = (m: MapMarkConfig): LabelPosition[] | undefined => m.labelSide && [...m.labelSide];

export function zoneShape(m: Extract<MapMarkConfig, { kind: 'zone' }>, kit: Kit): Shape {
	const centres = m.around.map(kit.at);
	const r = Math.round(m.radius * kit.perKm * 100) / 100;
	const last = centres[centres.length - 1]!;
	return {
		kind: 'zone',
		d: polygon(clipToFrame(zoneHull(centres, r), kit.frame)),
		// The label keeps clear of a circle of the zone's radius around its point: by default the last centre, so it
		// hangs outside the zone's end.
		at: m.labelAt ? kit.at(m.labelAt) : last,
		r,
		positions: positions(m),
		solid: false
	};
}

export function movementShape(m: Extract<MapMarkConfig, { kind: 'movement' }>, kit: Kit): Shape {
	const { u, frame } = kit;
	const given = m.path.map(kit.at);
	const n = given.length;
	// The last point may lie off the map (a flight abroad): the arrow stops at the edge, on the way there.
	const edge = {
		left: PX.edge * u,
		top: PX.edge * u,
		right: frame.right - PX.edge * u,
		bottom: frame.bottom - PX.edge * u
	};
	const leaves = !insideFrame(given[n - 1]!, edge);
	const points = [...given];
	if (leaves) points[n - 1] = exitPoint(given[n - 2]!, given[n - 1]!, edge);
	if (m.path[0]!.place) points[0] = toward(given[0]!, points[1]!, PX.start * u);
	// What was only announced did not get there: it stops short of the place it was aimed at.
	if (m.status !== 'reported' && m.path[n - 1]!.place && !leaves)
		points[n - 1] = toward(given[n - 1]!, given[n - 2]!, PX.short * u);
	return {
		kind: 'arrow',
		...arrow(points, PX.head * u, PX.head * u),
		at: m.labelAt ? kit.at(m.labelAt) : halfway(points),
		r: PX.line * u,
		positions: positions(m),
		solid: false
	};
}

export function eventShape(m: Extract<MapMarkConfig, { kind: 'event' }>, kit: Kit): Shape {
	const { u } = kit;
	const p = kit.at(m.at);
	// Nudged beside its point, but never off the map.
	const { frame } = kit;
	const clamp = (v: number, low: number, high: number) => Math.min(high, Math.max(low, v));
	const c = m.offset
		? {
				x: clamp(p.x + m.offset[0] * u, frame.left, frame.right),
				y: clamp(p.y + m.offset[1] * u, frame.top, frame.bottom)
			}
		: p;
	const [d, r] =
		m.symbol === 'burst'
			? [burst(c, PX.burst * u), PX.burst * u]
			: m.symbol === 'diamond'
				? [diamond(c, PX.diamond * u), PX.diamond * u]
				: m.symbol === 'siege'
					? [siege(c, PX.siege * u, u, m.from ?? ALL_SIDES), (PX.siege + 9) * u]
					: [crosshair(c, PX.sight.r * u, PX.sight.inner * u, PX.sight.outer * u), PX.sight.outer * u];
	return { kind: m.symbol, d, at: c, r, positions: positions(m), solid: true };
}

/** The point halfway along a line through `points`. */
function halfway(points: readonly MapPoint[]): MapPoint {
	const legs = points.slice(1).map((p, i) => distance(points[i]!, p));
	let left = legs.reduce((s, l) => s + l, 0) / 2;
	for (const [i, leg] of legs.entries()) {
		if (left <= leg) return leg === 0 ? points[i]! : lerp(points[i]!, points[i + 1]!, left / leg);
		left -= leg;
	}
	return points[points.length - 1]!;
}
