/**
 * A d3-geo path context that writes small SVG path data: each line or ring is simplified (Douglas–Peucker), rounded
 * to 0.1 unit and written with relative moves, so a coastline costs a few bytes per vertex.
 */

type Pt = [number, number];

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Pt, a: Pt, b: Pt): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
	const ex = a[0] + t * dx - p[0];
	const ey = a[1] + t * dy - p[1];
	return ex * ex + ey * ey;
}

/** Douglas–Peucker: keeps the first and last points and every point further than `tolerance` from the kept line. */
export function simplify(points: readonly Pt[], tolerance: number): Pt[] {
	if (points.length < 3) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const tol2 = tolerance * tolerance;
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let index = -1;
		let worst = tol2;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
			if (d > worst) [index, worst] = [i, d];
		}
		if (index >= 0) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

/** Twice the signed area of a ring, in square units. */
function area2(ring: readonly Pt[]): number {
	let sum = 0;
	ring.forEach((p, i) => {
		const q = ring[(i + 1) % ring.length]!;
		sum += p[0] * q[1] - q[0] * p[1];
	});
	return sum;
}

/** A number in tenths, written short: 12 → "1.2", -3 → "-.3", 40 → "4". */
const tenths = (n: number) => {
	const s = String(Math.abs(n) / 10).replace(/^0\./, '.');
	return n < 0 ? `-${s}` : s;
};

/** Writes one line or ring: absolute move to its first point, then relative line-tos, in tenths of a unit. */
function writeLine(points: readonly Pt[], closed: boolean): string {
	const q = points.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
	const kept = q.filter((p, i) => i === 0 || p[0] !== q[i - 1]![0] || p[1] !== q[i - 1]![1]);
	if (kept.length < 2) return '';
	const pair = (x: number, y: number) => `${tenths(x)}${y < 0 ? '' : ','}${tenths(y)}`;
	const steps = kept.slice(1).map((p, i) => pair(p[0] - kept[i]![0], p[1] - kept[i]![1]));
	return `M${pair(kept[0]![0], kept[0]![1])}l${steps.join(' ')}${closed ? 'z' : ''}`;
}

/** Collects d3-geo path output and returns it as compact SVG path data. */
export class CompactPath {
	#lines: { points: Pt[]; closed: boolean }[] = [];
	#current: Pt[] | null = null;
	readonly tolerance: number;
	readonly minArea: number;

	/**
	 * @param tolerance Douglas–Peucker tolerance in units.
	 * @param minArea Rings smaller than this many square units (islets, slivers) are dropped.
	 */
	constructor(tolerance = 0.5, minArea = 4) {
		this.tolerance = tolerance;
		this.minArea = minArea;
	}

	moveTo(x: number, y: number): void {
		this.#current = [[x, y]];
		this.#lines.push({ points: this.#current, closed: false });
	}
	lineTo(x: number, y: number): void {
		this.#current?.push([x, y]);
	}
	closePath(): void {
		const line = this.#lines[this.#lines.length - 1];
		if (line) line.closed = true;
		this.#current = null;
	}
	beginPath(): void {
		// Each moveTo starts a line of its own.
	}
	arc(): void {
		// Points are not drawn through this context.
	}

	/** The path data collected so far, and a reset. */
	result(): string {
		const out = this.#lines
			.map(({ points, closed }) => {
				if (closed && Math.abs(area2(points)) / 2 < this.minArea) return '';
				if (!closed) return writeLine(simplify(points, this.tolerance), false);
				const ring = simplify([...points, points[0]!], this.tolerance).slice(0, -1);
				return ring.length < 3 ? '' : writeLine(ring, true);
			})
			.join('');
		this.#lines = [];
		this.#current = null;
		return out;
	}
}
