import { describe, expect, it } from 'vitest';
import { clipToFrame, exitPoint, insideFrame } from './clip.ts';

const frame = { left: 0, top: 0, right: 100, bottom: 50 };

describe('exitPoint', () => {
	it('finds where a line from inside leaves the frame, by whichever edge it meets first', () => {
		expect(exitPoint({ x: 50, y: 25 }, { x: 50, y: -75 }, frame)).toEqual({ x: 50, y: 0 });
		expect(exitPoint({ x: 50, y: 25 }, { x: 250, y: 75 }, frame)).toEqual({ x: 100, y: 37.5 });
		expect(exitPoint({ x: 50, y: 25 }, { x: -50, y: 125 }, frame)).toEqual({ x: 25, y: 50 });
	});

	it('keeps a point inside, and gives up on a line that starts outside', () => {
		expect(exitPoint({ x: 50, y: 25 }, { x: 60, y: 30 }, frame)).toEqual({ x: 60, y: 30 });
		expect(exitPoint({ x: -5, y: 25 }, { x: -50, y: 30 }, frame)).toEqual({ x: -5, y: 25 });
	});
});

describe('clipToFrame', () => {
	it('returns a polygon inside the frame unchanged', () => {
		const square = [
			{ x: 10, y: 10 },
			{ x: 20, y: 10 },
			{ x: 20, y: 20 },
			{ x: 10, y: 20 }
		];
		expect(clipToFrame(square, frame)).toEqual(square);
	});

	it('cuts a polygon across an edge along the edge', () => {
		const across = [
			{ x: 90, y: 10 },
			{ x: 110, y: 10 },
			{ x: 110, y: 20 },
			{ x: 90, y: 20 }
		];
		const cut = clipToFrame(across, frame);
		expect(cut.every((p) => insideFrame(p, frame))).toBe(true);
		expect(cut).toEqual([
			{ x: 90, y: 10 },
			{ x: 100, y: 10 },
			{ x: 100, y: 20 },
			{ x: 90, y: 20 }
		]);
	});
});
