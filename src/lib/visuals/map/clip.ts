/** Keeping marks inside the map's frame: where a line leaves it, and a zone cut to it. Basemap units. */
import type { MapPoint } from './types.ts';

/** A rectangle by its edges. */
export interface Frame {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export const insideFrame = (p: MapPoint, f: Frame) =>
	p.x >= f.left && p.x <= f.right && p.y >= f.top && p.y <= f.bottom;

/**
 * Where the segment from `from` (inside the frame) toward `to` first meets the frame's edge; `to` itself when it lies
 * inside, and `from` when `from` is already outside.
 */
export function exitPoint(from: MapPoint, to: MapPoint, f: Frame): MapPoint {
	if (insideFrame(to, f)) return to;
	if (!insideFrame(from, f)) return from;
	const [dx, dy] = [to.x - from.x, to.y - from.y];
	// The largest t in [0, 1] that keeps each coordinate within its pair of edges.
	const reach = (p: number, d: number, low: number, high: number) =>
		d > 0 ? (high - p) / d : d < 0 ? (low - p) / d : Infinity;
	const t = Math.min(1, reach(from.x, dx, f.left, f.right), reach(from.y, dy, f.top, f.bottom));
	return { x: from.x + t * dx, y: from.y + t * dy };
}

/** A convex polygon cut to the frame (Sutherland–Hodgman); a polygon inside it comes back unchanged. */
export function clipToFrame(points: readonly MapPoint[], f: Frame): MapPoint[] {
	const edges: [(p: MapPoint) => boolean, (a: MapPoint, b: MapPoint) => MapPoint][] = [
		[(p) => p.x >= f.left, (a, b) => atX(a, b, f.left)],
		[(p) => p.x <= f.right, (a, b) => atX(a, b, f.right)],
		[(p) => p.y >= f.top, (a, b) => atY(a, b, f.top)],
		[(p) => p.y <= f.bottom, (a, b) => atY(a, b, f.bottom)]
	];
	let out = [...points];
	for (const [keeps, cut] of edges) {
		const input = out;
		out = [];
		input.forEach((p, i) => {
			const prev = input[(i + input.length - 1) % input.length]!;
			if (keeps(p)) {
				if (!keeps(prev)) out.push(cut(prev, p));
				out.push(p);
			} else if (keeps(prev)) out.push(cut(prev, p));
		});
	}
	return out;
}

const atX = (a: MapPoint, b: MapPoint, x: number) => ({
	x,
	y: a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x)
});
const atY = (a: MapPoint, b: MapPoint, y: number) => ({
	x: a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y),
	y
});
