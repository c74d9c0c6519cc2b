import { describe, expect, it } from 'vitest';
import { arrow, burst, centroid, diamond, hull, polygon, siege, toward, zone } from './geometry.ts';

/** The numbers of a path, as [x, y] pairs (absolute commands only). */
const pairs = (d: string) => {
	const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	return n.flatMap((_, i) => (i % 2 === 0 ? [[n[i]!, n[i + 1]!]] : []));
};

describe('geometry', () => {
	it('hull keeps the outer points only', () => {
		const square = [
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 5, y: 5 },
			{ x: 10, y: 10 },
			{ x: 0, y: 10 }
		];
		expect(hull(square)).toEqual([
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 10, y: 10 },
			{ x: 0, y: 10 }
		]);
	});

	it('zone reaches exactly r beyond its outermost centres', () => {
		const xy = pairs(
			zone(
				[
					{ x: 100, y: 50 },
					{ x: 200, y: 80 }
				],
				20
			)
		);
		const xs = xy.map((p) => p[0]!);
		const ys = xy.map((p) => p[1]!);
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([80, 220, 30, 100]);
	});

	it("arrow puts the head's tip on the last point and stops the shaft where the head begins", () => {
		const { d, head } = arrow(
			[
				{ x: 0, y: 0 },
				{ x: 100, y: 0 }
			],
			10,
			8
		);
		expect(d).toBe('M0,0L90,0');
		expect(head).toBe('M100,0L90,4L90,-4Z');
	});

	it('toward, centroid and polygon', () => {
		expect(toward({ x: 0, y: 0 }, { x: 30, y: 40 }, 10)).toEqual({ x: 6, y: 8 });
		expect(toward({ x: 1, y: 1 }, { x: 1, y: 1 }, 10)).toEqual({ x: 1, y: 1 });
		expect(
			centroid([
				{ x: 0, y: 0 },
				{ x: 10, y: 20 }
			])
		).toEqual({ x: 5, y: 10 });
		expect(
			polygon([
				{ x: 0.04, y: 1 },
				{ x: 2.25, y: 3 }
			])
		).toBe('M0,1L2.3,3Z');
	});

	it('diamond and burst are centred on their point', () => {
		expect(diamond({ x: 10, y: 10 }, 5)).toBe('M10,5L15,10L10,15L5,10Z');
		const tips = pairs(burst({ x: 0, y: 0 }, 10)).filter((_, i) => i % 2 === 0);
		expect(tips.map(([x, y]) => Math.round(Math.hypot(x!, y!)))).toEqual(new Array(8).fill(10));
	});

	it('siege draws a ring and a wedge pointing in from each side given, in that order', () => {
		// Ring of 8 around (100, 100); wedges from 2 to 9 units beyond it, 7 across: west, then east.
		expect(siege({ x: 100, y: 100 }, 8, 1, ['w', 'e'])).toBe(
			'M92,100a8,8 0 1,0 16,0a8,8 0 1,0 -16,0M90,100L83,96.5L83,103.5ZM110,100L117,103.5L117,96.5Z'
		);
		const south = siege({ x: 0, y: 0 }, 8, 2, ['s']).split('M')[2];
		expect(south).toBe('0,12L-7,26L7,26Z');
	});
});
