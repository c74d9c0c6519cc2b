import { curveCatmullRom, line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catmullRom, polyline, type XY } from './path.ts';

const coordinate = fc.double({ min: -2000, max: 2000, noNaN: true, noDefaultInfinity: true });
const xy = fc.record({ x: coordinate, y: coordinate });
// Repeated points too: d3 skips a control-point weight when two neighbours coincide.
const points = fc.array(fc.oneof(xy, fc.constant({ x: 10, y: 10 })), { maxLength: 12 });

describe('polyline', () => {
	it('writes what d3-shape’s line() writes, for any points', () => {
		fc.assert(
			fc.property(points, (ps) => {
				const pairs = ps.map((p) => [p.x, p.y] as [number, number]);
				expect(polyline(pairs)).toBe(line()(pairs) ?? '');
			}),
			{ seed: 6, numRuns: 1000 }
		);
	});

	it('draws straight segments, and a lone point as a closed move', () => {
		expect(
			polyline([
				[0, 0],
				[10.00049, 5],
				[20, 5]
			])
		).toBe('M0,0L10,5L20,5');
		expect(polyline([[3, 4]])).toBe('M3,4Z');
		expect(polyline([])).toBe('');
	});
});

describe('catmullRom', () => {
	const d3 = (ps: XY[], alpha: number, digits: number) =>
		line<XY>()
			.x((p) => p.x)
			.y((p) => p.y)
			.curve(curveCatmullRom.alpha(alpha))
			.digits(digits)(ps) ?? '';

	it('writes what d3-shape’s centripetal Catmull–Rom line writes, for any points', () => {
		fc.assert(
			fc.property(points, fc.integer({ min: 0, max: 4 }), (ps, digits) => {
				expect(catmullRom(ps, digits)).toBe(d3(ps, 0.5, digits));
			}),
			{ seed: 6, numRuns: 1000 }
		);
	});

	it('passes through every point, with one cubic segment between each pair', () => {
		const d = catmullRom([
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 200, y: 100 }
		]);
		expect(d.startsWith('M0,0C')).toBe(true);
		expect(d.match(/C/g)).toHaveLength(2);
		expect(d).toMatch(/,100,0C/);
		expect(d.endsWith(',200,100')).toBe(true);
	});
});
