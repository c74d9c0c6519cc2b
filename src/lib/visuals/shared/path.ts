/**
 * SVG path data for lines through points, written exactly as d3-shape's `line()` writes them (same curve, same
 * rounding), in the few lines this project uses: d3-shape and d3-path would add about 4 kB brotli to the reader's
 * download for two kinds of line. path.test.ts checks the output against d3-shape itself.
 */

export interface XY {
	x: number;
	y: number;
}

const rounder = (digits: number) => {
	const k = 10 ** digits;
	return (v: number) => Math.round(v * k) / k;
};

/** Straight segments through `points`, like `line()` with `curveLinear`; a lone point is `M…Z`. */
export function polyline(points: readonly (readonly [number, number])[], digits = 3): string {
	const r = rounder(digits);
	const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${r(x)},${r(y)}`).join('');
	return points.length === 1 ? `${d}Z` : d;
}

const EPSILON = 1e-12;

/**
 * A smooth curve through `points`, like `line()` with `curveCatmullRom.alpha(alpha)` (centripetal at 0.5): each
 * segment is a cubic Bézier whose control points come from its neighbours, weighted by the distances between them.
 */
export function catmullRom(points: readonly XY[], digits = 1, alpha = 0.5): string {
	const r = rounder(digits);
	const at = (p: XY) => `${r(p.x)},${r(p.y)}`;
	const first = points[0];
	if (!first) return '';
	if (points.length === 1) return `M${at(first)}Z`;
	if (points.length === 2) return `M${at(first)}L${at(points[1]!)}`;
	// d3's `_l…_2a` (distance to the power 2α… of the squared distance) and `_l…_a` (its square root).
	const power = (a: XY, b: XY) => Math.pow((a.x - b.x) ** 2 + (a.y - b.y) ** 2, alpha);
	let d = `M${at(first)}`;
	for (let i = 0; i + 1 < points.length; i++) {
		const p0 = points[i - 1];
		const p1 = points[i]!;
		const p2 = points[i + 1]!;
		const p3 = points[i + 2];
		const l01_2a = p0 ? power(p0, p1) : 0;
		const l12_2a = power(p1, p2);
		const l23_2a = p3 ? power(p2, p3) : 0;
		const [l01_a, l12_a, l23_a] = [l01_2a, l12_2a, l23_2a].map(Math.sqrt) as [number, number, number];
		let { x: x1, y: y1 } = p1;
		let { x: x2, y: y2 } = p2;
		if (p0 && l01_a > EPSILON) {
			const a = 2 * l01_2a + 3 * l01_a * l12_a + l12_2a;
			const n = 3 * l01_a * (l01_a + l12_a);
			x1 = (x1 * a - p0.x * l12_2a + p2.x * l01_2a) / n;
			y1 = (y1 * a - p0.y * l12_2a + p2.y * l01_2a) / n;
		}
		if (p3 && l23_a > EPSILON) {
			const b = 2 * l23_2a + 3 * l23_a * l12_a + l12_2a;
			const m = 3 * l23_a * (l23_a + l12_a);
			x2 = (x2 * b + p1.x * l23_2a - p3.x * l12_2a) / m;
			y2 = (y2 * b + p1.y * l23_2a - p3.y * l12_2a) / m;
		}
		d += `C${r(x1)},${r(y1)},${r(x2)},${r(y2)},${at(p2)}`;
	}
	return d;
}
