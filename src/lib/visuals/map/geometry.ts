/** Plane geometry for the map diagram's marks, in basemap units. Pure; no geographic library. */
import { catmullRom } from '../shared/path.ts';
import type { MapPoint } from './types.ts';

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;

export const lerp = (a: MapPoint, b: MapPoint, t: number): MapPoint => ({
	x: a.x + (b.x - a.x) * t,
	y: a.y + (b.y - a.y) * t
});
export const shift = (p: MapPoint, dx: number, dy: number): MapPoint => ({ x: p.x + dx, y: p.y + dy });
export const distance = (a: MapPoint, b: MapPoint) => Math.hypot(b.x - a.x, b.y - a.y);

/** The point `length` units from `from` toward `to`. */
export function toward(from: MapPoint, to: MapPoint, length: number): MapPoint {
	const d = distance(from, to);
	return d === 0 ? { ...from } : lerp(from, to, length / d);
}

/** A closed polygon as SVG path data, rounded to 0.1 unit. */
export function polygon(points: readonly MapPoint[]): string {
	return `M${points.map((p) => `${round1(p.x)},${round1(p.y)}`).join('L')}Z`;
}

/** Convex hull (Andrew's monotone chain), counter-clockwise in screen terms, without repeated end point. */
export function hull(points: readonly MapPoint[]): MapPoint[] {
	const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
	if (sorted.length < 3) return sorted;
	const cross = (o: MapPoint, a: MapPoint, b: MapPoint) =>
		(a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
	const half = (list: MapPoint[]) => {
		const out: MapPoint[] = [];
		for (const p of list) {
			while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
			out.push(p);
		}
		return out.slice(0, -1);
	};
	return [...half(sorted), ...half([...sorted].reverse())];
}

/** A rounded zone: the convex hull of circles of radius `r` around the points (each circle as a 24-gon). */
export function zoneHull(centres: readonly MapPoint[], r: number): MapPoint[] {
	const ring = centres.flatMap((c) =>
		Array.from({ length: 24 }, (_, i) => {
			const a = (i / 24) * 2 * Math.PI;
			return { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
		})
	);
	return hull(ring);
}

/** The rounded zone as SVG path data. */
export const zone = (centres: readonly MapPoint[], r: number) => polygon(zoneHull(centres, r));

/** The mean of some points. */
export function centroid(points: readonly MapPoint[]): MapPoint {
	const n = Math.max(1, points.length);
	return { x: points.reduce((s, p) => s + p.x, 0) / n, y: points.reduce((s, p) => s + p.y, 0) / n };
}

const smooth = (points: readonly MapPoint[]) => catmullRom(points, 1);

/**
 * An arrow along `points` (at least two): a smooth shaft through them that stops where the head begins, and a
 * triangular head whose tip is the last point, pointing along the last leg.
 */
export function arrow(
	points: readonly MapPoint[],
	headLength: number,
	headWidth: number
): { d: string; head: string } {
	const tip = points[points.length - 1]!;
	const before = points[points.length - 2] ?? tip;
	const base = toward(tip, before, headLength);
	const ux = (tip.x - base.x) / headLength;
	const uy = (tip.y - base.y) / headLength;
	const w = headWidth / 2;
	const head = polygon([tip, shift(base, -uy * w, ux * w), shift(base, uy * w, -ux * w)]);
	return { d: smooth([...points.slice(0, -1), base]), head };
}

/** An eight-pointed burst, for a clash. */
export function burst(c: MapPoint, r: number): string {
	return polygon(
		Array.from({ length: 16 }, (_, i) => {
			const a = (i / 16) * 2 * Math.PI - Math.PI / 2;
			const radius = i % 2 === 0 ? r : r * 0.5;
			return { x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) };
		})
	);
}

/** A diamond of half-diagonal `r`, for a reported presence. */
export function diamond(c: MapPoint, r: number): string {
	return polygon([shift(c, 0, -r), shift(c, r, 0), shift(c, 0, r), shift(c, -r, 0)]);
}

/** A circle as SVG path data (two arcs), rounded to 0.1 unit. */
export function circle(c: MapPoint, r: number): string {
	const [x, y, d] = [round1(c.x - r), round1(c.y), round1(r)];
	return `M${x},${y}a${d},${d} 0 1,0 ${round1(2 * r)},0a${d},${d} 0 1,0 ${round1(-2 * r)},0`;
}

/**
 * A gun-sight, for air strikes: a circle of radius `r` crossed by four ticks (north, east, south, west) that run from
 * `inner` to `outer` from the centre, leaving the centre clear for the place's dot.
 */
export function crosshair(c: MapPoint, r: number, inner: number, outer: number): string {
	const ticks = [
		[0, -1],
		[1, 0],
		[0, 1],
		[-1, 0]
	].map(
		([dx, dy]) =>
			`M${round1(c.x + dx! * inner)},${round1(c.y + dy! * inner)}L${round1(c.x + dx! * outer)},${round1(c.y + dy! * outer)}`
	);
	return circle(c, r) + ticks.join('');
}

/** Compass sides as angles on screen, y down: east 0°, south 90°. */
const ANGLE = { e: 0, se: 45, s: 90, sw: 135, w: 180, nw: 225, n: 270, ne: 315 } as const;

/**
 * A siege: a ring of radius `r`, and a wedge pointing in at it from each side of `from`, from 2 to 9 `px` beyond the
 * ring and 7 `px` across.
 */
export function siege(c: MapPoint, r: number, px: number, from: readonly (keyof typeof ANGLE)[]): string {
	const wedges = from.map((side) => {
		const a = (ANGLE[side] * Math.PI) / 180;
		const [cos, sin] = [Math.cos(a), Math.sin(a)];
		const p = (k: number, across: number) => ({
			x: c.x + k * cos - across * sin,
			y: c.y + k * sin + across * cos
		});
		return polygon([p(r + 2 * px, 0), p(r + 9 * px, 3.5 * px), p(r + 9 * px, -3.5 * px)]);
	});
	return circle(c, r) + wedges.join('');
}
