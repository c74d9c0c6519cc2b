import { describe, expect, it } from 'vitest';
import { CompactPath, simplify } from './compact-path.ts';

describe('simplify', () => {
	it('drops points closer than the tolerance to the line kept, and keeps the ends', () => {
		expect(
			simplify(
				[
					[0, 0],
					[5, 0.4],
					[10, 0],
					[10, 10]
				],
				0.5
			)
		).toEqual([
			[0, 0],
			[10, 0],
			[10, 10]
		]);
	});

	it('keeps a point further than the tolerance', () => {
		expect(
			simplify(
				[
					[0, 0],
					[5, 0.6],
					[10, 0]
				],
				0.5
			)
		).toEqual([
			[0, 0],
			[5, 0.6],
			[10, 0]
		]);
	});
});

describe('CompactPath', () => {
	it('writes a ring as an absolute move and relative lines in tenths, closed', () => {
		const path = new CompactPath(0.1, 0);
		path.moveTo(10.04, 20);
		path.lineTo(30, 20);
		path.lineTo(30, 5.55);
		path.closePath();
		expect(path.result()).toBe('M10,20l20,0 0-14.4z');
	});

	it('writes short decimals without their leading zero', () => {
		const path = new CompactPath(0, 0);
		path.moveTo(0, 0);
		path.lineTo(0.5, -0.3);
		path.lineTo(3, 2);
		expect(path.result()).toBe('M0,0l.5-.3 2.5,2.3');
	});

	it('drops rings smaller than the minimum area, and resets after each result', () => {
		const path = new CompactPath(0, 4);
		path.moveTo(0, 0);
		path.lineTo(1, 0);
		path.lineTo(1, 1);
		path.closePath();
		expect(path.result()).toBe('');
		path.moveTo(0, 0);
		path.lineTo(5, 0);
		expect(path.result()).toBe('M0,0l5,0');
	});
});
