import { describe, expect, it } from 'vitest';
import { layoutLegend, layoutNote, moveLegend } from './legend.ts';

// fontSize 10: swatch 16, gap 4, space between entries 9, padding 4, rows 14 high; charWidth 6.
const type = { fontSize: 10, charWidth: 6 };

describe('layoutLegend', () => {
	it('flows entries into rows no wider than the maximum', () => {
		// "RED" is 16 + 4 + 18 = 38 wide, "OX" 32, "SKY" 38: two fit in 80 (38 + 9 + 32 = 79), the third wraps.
		const legend = layoutLegend(
			[
				{ key: 'red', swatch: 'arrow', text: 'RED', colour: '#1f5f99' },
				{ key: 'ox', swatch: 'hatch', text: 'OX' },
				{ key: 'sky', swatch: 'zone', text: 'SKY' }
			],
			{ ...type, maxWidth: 80 }
		);
		expect(legend.items).toEqual([
			{ key: 'red', swatch: 'arrow', text: 'RED', colour: '#1f5f99', x: 4, y: 11 },
			{ key: 'ox', swatch: 'hatch', text: 'OX', x: 51, y: 11 },
			{ key: 'sky', swatch: 'zone', text: 'SKY', x: 4, y: 25 }
		]);
		expect(legend.box).toEqual({ x: 0, y: 0, width: 87, height: 36 });
	});

	it('gives an entry wider than the maximum a row of its own', () => {
		const legend = layoutLegend(
			[{ key: '-dashed', swatch: 'dashed', text: 'Dashed: announced or reported' }],
			{
				...type,
				maxWidth: 50
			}
		);
		expect(legend.box.width).toBe(16 + 4 + 29 * 6 + 8);
	});

	it('moves as a block', () => {
		const legend = moveLegend(
			layoutLegend([{ key: 'red', swatch: 'arrow', text: 'RED', colour: '#1f5f99' }], {
				...type,
				maxWidth: 80
			}),
			100,
			200
		);
		expect([legend.box.x, legend.box.y, legend.items[0]!.x, legend.items[0]!.y]).toEqual([
			100, 200, 104, 211
		]);
	});

	it('draws swatches 16 wide and 4.8 either side of the row, rounded, and starts the text after the gap', () => {
		// Swatch 16, so h = 4.8: the head is 1.6 h = 7.68 long, the diamond 1.3 h = 6.24 across each way.
		expect(
			layoutLegend([{ key: 'sky', swatch: 'sight', text: 'SKY' }], { ...type, maxWidth: 80 }).shapes
		).toEqual({
			bar: { y: -4.8, width: 16, height: 9.6 },
			line: 'M0,0H11.2',
			head: 'M16,0L8.3,-4.8L8.3,4.8Z',
			diamond: 'M8,-6.2L14.2,0L8,6.2L1.8,0Z',
			sight: 'M3.2,0a4.8,4.8 0 1,0 9.6,0a4.8,4.8 0 1,0 -9.6,0M8,-1.9L8,-7M9.9,0L15,0M8,1.9L8,7M6.1,0L1,0',
			// Eight points 1.5 h = 7.2 out, eight in at half that, the first straight up.
			burst:
				'M8,-7.2L9.4,-3.3L13.1,-5.1L11.3,-1.4L15.2,0L11.3,1.4L13.1,5.1L9.4,3.3L8,7.2L6.6,3.3L2.9,5.1L4.7,1.4L0.8,0L4.7,-1.4L2.9,-5.1L6.6,-3.3Z',
			textX: 20
		});
	});
});

describe('layoutNote', () => {
	it('lays a note out in lines, or not at all when it needs too many', () => {
		const note = layoutNote('Envoys from the north and the south.', {
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
			lines: [
				{ text: 'Envoys from the', y: 26.25 },
				{ text: 'north and the', y: 38.75 },
				{ text: 'south.', y: 51.25 }
			],
			box: { x: 5, y: 20, width: 90, height: 37.5 }
		});
		expect(
			layoutNote('Envoys from the north and the south.', {
				...type,
				left: 5,
				top: 20,
				maxWidth: 96,
				maxLines: 2
			})
		).toBe(undefined);
	});
});
