import { describe, expect, it } from 'vitest';
import { activeIndex, offsetLine } from './active-step.ts';

describe('activeIndex', () => {
	const mids = [100, 300, 500];

	it('is -1 before the first midpoint crosses the line', () => {
		expect(activeIndex(mids, 99)).toBe(-1);
		expect(activeIndex([], 1000)).toBe(-1);
	});

	it('activates a step the moment its midpoint reaches the line', () => {
		expect(activeIndex(mids, 100)).toBe(0);
		expect(activeIndex(mids, 299.9)).toBe(0);
		expect(activeIndex(mids, 300)).toBe(1);
	});

	it('keeps the last step active past the end', () => {
		expect(activeIndex(mids, 10_000)).toBe(2);
	});

	it('agrees with a linear scan on many random layouts', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let n = 0; n < 200; n++) {
			const list = Array.from({ length: Math.floor(random() * 20) }, () => Math.floor(random() * 5000)).sort(
				(a, b) => a - b
			);
			const line = Math.floor(random() * 5200) - 100;
			expect(activeIndex(list, line)).toBe(list.filter((m) => m <= line).length - 1);
		}
	});
});

describe('offsetLine', () => {
	it('sits at half the viewport on wide screens and lower on phones', () => {
		expect(offsetLine(1280, 800)).toBe(400);
		expect(offsetLine(390, 844)).toBe(591);
	});
});
