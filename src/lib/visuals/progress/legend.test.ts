import { describe, expect, it } from 'vitest';
import { layoutLegend } from './legend.ts';

describe('layoutLegend', () => {
	it('puts the three marks in one row when they fit', () => {
		const legend = layoutLegend(0, 6, 400, { fontSize: 10, charWidth: 5, lang: 'en' });
		expect(legend.items.map((i) => [i.mark, i.x, i.y, i.textX])).toEqual([
			['reported', 5, 14, 14],
			['estimated', 69, 14, 78],
			['hedged', 163, 14, 172]
		]);
		expect(legend.box).toEqual({ x: 0, y: 6, width: 232, height: 16 });
	});

	it('starts a new row when the next item would pass the right edge', () => {
		// "hedged claim" would start at 158 and end at 158 + 14 + 60 = 232 > 200.
		const legend = layoutLegend(0, 6, 200, { fontSize: 10, charWidth: 5, lang: 'en' });
		expect(legend.items.map((i) => [i.mark, i.x, i.y])).toEqual([
			['reported', 5, 14],
			['estimated', 69, 14],
			['hedged', 5, 30]
		]);
		expect(legend.box).toEqual({ x: 0, y: 6, width: 148, height: 32 });
	});
});
