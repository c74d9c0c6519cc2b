import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelOptions } from './labels.ts';

// fontSize 10 → box height 12, gap 3, halo padding 1; charWidth 6 → "Tarra" is 30 wide.
const options: LabelOptions = { fontSize: 10, charWidth: 6, bounds: { width: 200, height: 100 } };

describe('placeLabels', () => {
	it('puts a label to the right of its point by default, centred on it vertically', () => {
		expect(placeLabels([{ id: 's', x: 50, y: 50, text: 'Tarra' }], options)).toEqual([
			{ id: 's', x: 53, y: 50, anchor: 'start', hidden: false, box: { x: 53, y: 44, width: 30, height: 12 } }
		]);
	});

	it('keeps clear of the mark drawn at the point', () => {
		const [label] = placeLabels([{ id: 's', x: 50, y: 50, text: 'Tarra', radius: 4 }], options);
		expect([label!.x, label!.anchor]).toEqual([57, 'start']);
	});

	it('moves a label to the left near the right edge', () => {
		expect(placeLabels([{ id: 's', x: 190, y: 50, text: 'Tarra' }], options)[0]).toMatchObject({
			x: 187,
			y: 50,
			anchor: 'end',
			hidden: false
		});
	});

	it('tries the diagonal positions next, above then below', () => {
		// Right and left are blocked: the point sits between two areas to avoid.
		const avoid = [
			{ x: 52, y: 49, width: 40, height: 2 },
			{ x: 8, y: 49, width: 40, height: 2 }
		];
		const [label] = placeLabels([{ id: 's', x: 50, y: 50, text: 'Tarra' }], { ...options, avoid });
		// 3 / √2 = 2.12 to the right, and 2.12 + 6 above.
		expect(label).toMatchObject({ x: 52.12, y: 41.88, anchor: 'start', hidden: false });
	});

	it('places higher priorities first, whatever the input order, and returns labels in input order', () => {
		const placed = placeLabels(
			[
				{ id: 'low', x: 50, y: 50, text: 'Tarra' },
				{ id: 'high', x: 50, y: 56, text: 'Harrow', priority: 1 }
			],
			options
		);
		expect(placed.map((l) => [l.id, l.anchor, l.x, l.y])).toEqual([
			['low', 'end', 47, 50],
			['high', 'start', 53, 56]
		]);
	});

	it("keeps labels off other points' marks, but not off zones or arrows (solid: false)", () => {
		const points = [
			{ id: 'a', x: 50, y: 50, text: 'Tarra' },
			{ id: 'b', x: 65, y: 50, text: '', radius: 3 }
		];
		expect(placeLabels(points, options)[0]!.anchor).toBe('end');
		expect(placeLabels([points[0]!, { ...points[1]!, solid: false }], options)[0]!.anchor).toBe('start');
	});

	it('centres an area label on its point when asked to (position c)', () => {
		const [label] = placeLabels(
			[{ id: 'l', x: 100, y: 50, text: 'LIBYA', positions: ['c'], width: 40 }],
			options
		);
		expect(label).toMatchObject({
			x: 100,
			y: 50,
			anchor: 'middle',
			box: { x: 80, y: 44, width: 40, height: 12 }
		});
	});

	it('hides a label that fits nowhere, keeping its first position', () => {
		const placed = placeLabels([{ id: 'x', x: 10, y: 10, text: 'Birchwood al-Haven' }], {
			...options,
			bounds: { width: 60, height: 20 }
		});
		expect(placed[0]).toMatchObject({ x: 13, y: 10, anchor: 'start', hidden: true });
	});

	it('hides the lower priority of two labels that cannot both fit', () => {
		const placed = placeLabels(
			[
				{ id: 'b', x: 5, y: 10, text: 'Surt' },
				{ id: 'a', x: 5, y: 10, text: 'Tarra', priority: 1 }
			],
			{ ...options, bounds: { width: 45, height: 20 } }
		);
		expect(placed.map((l) => [l.id, l.hidden])).toEqual([
			['b', true],
			['a', false]
		]);
	});

	it('never overlaps two shown labels, nor leaves the bounds (any points)', () => {
		const point = fc.record({
			x: fc.integer({ min: 0, max: 200 }),
			y: fc.integer({ min: 0, max: 100 }),
			text: fc.string({ minLength: 1, maxLength: 12 }),
			priority: fc.integer({ min: 0, max: 3 })
		});
		fc.assert(
			fc.property(fc.array(point, { maxLength: 25 }), (raw) => {
				const placed = placeLabels(
					raw.map((p, i) => ({ ...p, id: String(i) })),
					options
				).filter((l) => !l.hidden);
				placed.forEach((a, i) => {
					expect(
						a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.width <= 200 && a.box.y + a.box.height <= 100
					).toBe(true);
					placed.slice(i + 1).forEach((b) => expect(overlaps(a.box, b.box)).toBe(false));
				});
			}),
			{ seed: 20160512, numRuns: 200 }
		);
	});

	it('gives the same placement for the same input', () => {
		const points = [
			{ id: 'a', x: 50, y: 50, text: 'Milford', priority: 2 },
			{ id: 'b', x: 55, y: 52, text: 'Alder Ash' },
			{ id: 'c', x: 60, y: 49, text: 'Ash-Wells', priority: 1 }
		];
		expect(placeLabels(points, options)).toEqual(placeLabels(points, options));
	});
});

describe('overlaps', () => {
	it('counts shared area, not shared edges', () => {
		const a = { x: 0, y: 0, width: 10, height: 10 };
		expect(overlaps(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
		expect(overlaps(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
	});
});
