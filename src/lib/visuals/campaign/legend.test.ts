import { describe, expect, it } from 'vitest';
import { layoutLegend, layoutNote, moveLegend, wrapText } from './legend.ts';

// fontSize 10: swatch 16, gap 4, space between entries 9, padding 4, rows 14 high; charWidth 6.
const type = { fontSize: 10, charWidth: 6 };

describe('layoutLegend', () => {
	it('flows entries into rows no wider than the maximum', () => {
		// "GNA" is 16 + 4 + 18 = 38 wide, "IS" 32, "LNA" 38: two fit in 80 (38 + 9 + 32 = 79), the third wraps.
		const legend = layoutLegend(
			[
				{ key: 'gna', text: 'GNA' },
				{ key: 'is', text: 'IS' },
				{ key: 'lna', text: 'LNA' }
			],
			{ ...type, maxWidth: 80 }
		);
		expect(legend.items).toEqual([
			{ key: 'gna', text: 'GNA', x: 4, y: 11 },
			{ key: 'is', text: 'IS', x: 51, y: 11 },
			{ key: 'lna', text: 'LNA', x: 4, y: 25 }
		]);
		expect(legend.box).toEqual({ x: 0, y: 0, width: 87, height: 36 });
	});

	it('gives an entry wider than the maximum a row of its own', () => {
		const legend = layoutLegend([{ key: 'dashed', text: 'Dashed: announced or reported' }], {
			...type,
			maxWidth: 50
		});
		expect(legend.box.width).toBe(16 + 4 + 29 * 6 + 8);
	});

	it('moves as a block', () => {
		const legend = moveLegend(
			layoutLegend([{ key: 'gna', text: 'GNA' }], { ...type, maxWidth: 80 }),
			100,
			200
		);
		expect([legend.box.x, legend.box.y, legend.items[0]!.x, legend.items[0]!.y]).toEqual([
			100, 200, 104, 211
		]);
	});
});

describe('wrapText and layoutNote', () => {
	it('wraps words greedily', () => {
		expect(wrapText('French, Italian and Jordanian forces', 16)).toEqual([
			'French, Italian',
			'and Jordanian',
			'forces'
		]);
		expect(wrapText('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
	});

	it('lays a note out in lines, or not at all when it needs too many', () => {
		const note = layoutNote('French, Italian and Jordanian forces', {
			...type,
			left: 5,
			top: 20,
			maxWidth: 96,
			maxLines: 3
		});
		expect(note).toEqual({
			x: 5,
			y: 26.25,
			lineHeight: 12.5,
			lines: ['French, Italian', 'and Jordanian', 'forces'],
			box: { x: 5, y: 20, width: 90, height: 37.5 }
		});
		expect(
			layoutNote('French, Italian and Jordanian forces', {
				...type,
				left: 5,
				top: 20,
				maxWidth: 96,
				maxLines: 2
			})
		).toBe(undefined);
	});
});
