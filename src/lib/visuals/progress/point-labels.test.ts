import { describe, expect, it } from 'vitest';
import type { LabelOptions } from '../shared/labels.ts';
import { placePointLabels, pointLabelParts, segmentRects, type PointLabel } from './point-labels.ts';

// fontSize 10 → a line is 12 high, gap 3, halo 1; charWidth 6 → 15 characters are 90 wide, in a 100 × 60 chart.
const options: LabelOptions = { fontSize: 10, charWidth: 6, bounds: { width: 100, height: 60 } };
const point = (id: string, parts: [string, string], must: boolean): PointLabel => ({
	id,
	x: 10,
	y: 40,
	r: 0,
	parts,
	must
});

describe('pointLabelParts', () => {
	it('gives the point and its date, "about" when estimated, and the value when given', () => {
		const point = { label: 'Fort Hale reached', date: '2022-05-25', estimated: false };
		expect(pointLabelParts(point, 'en')).toEqual(['Fort Hale reached', '25 May']);
		expect(pointLabelParts({ ...point, estimated: true }, 'en', '60 mi')).toEqual([
			'Fort Hale reached',
			'about 25 May · 60 mi'
		]);
	});

	it('gives the time of day when the date has one', () => {
		expect(pointLabelParts({ label: 'Landfall', date: '2030-08-29 06:10', estimated: false }, 'en')).toEqual([
			'Landfall',
			'29 Aug 06:10'
		]);
	});
});

describe('placePointLabels', () => {
	it('puts a label on one line, "event · date", right of its point when it fits', () => {
		const [label] = placePointLabels([point('m', ['ABC', 'DEF'], true)], options, 'en');
		expect(label).toEqual({
			id: 'm',
			x: 13,
			y: 40,
			anchor: 'start',
			hidden: false,
			forced: false,
			lines: [{ text: 'ABC · DEF', y: 40 }],
			box: { x: 13, y: 34, width: 54, height: 12 }
		});
	});

	it('breaks a must-show label into two lines beside its point when one line fits nowhere', () => {
		// "ABCDEFGHIJ · KLMNO" is 108 wide: too wide for the chart; its longer line is 60.
		const [label] = placePointLabels([point('m', ['ABCDEFGHIJ', 'KLMNO'], true)], options, 'en');
		expect(label).toEqual({
			id: 'm',
			x: 13,
			y: 40,
			anchor: 'start',
			hidden: false,
			forced: false,
			lines: [
				{ text: 'ABCDEFGHIJ', y: 34 },
				{ text: 'KLMNO', y: 46 }
			],
			box: { x: 13, y: 28, width: 60, height: 24 }
		});
	});

	it('moves a must-show label that fits nowhere beside its point above it, shifted to stay inside', () => {
		const [label] = placePointLabels([point('m', ['ABCDEFGHIJKLMNO', 'PQRSTUVWXYZ'], true)], options, 'en');
		expect(label).toMatchObject({ x: 45, y: 25, anchor: 'middle', hidden: false, forced: false });
		expect(label!.lines.map((l) => l.y)).toEqual([19, 31]);
		expect(label!.box).toEqual({ x: 0, y: 13, width: 90, height: 24 });
	});

	it('hides a label that is not a must when it fits nowhere around its point', () => {
		const [label] = placePointLabels([point('o', ['ABCDEFGHIJ', 'KLMNO'], false)], options, 'en');
		expect(label!.hidden).toBe(true);
	});

	it('places must-show labels first, in input order, and keeps the others clear of them', () => {
		// Both must-show labels take the sides of the shared point; every other position of "other" touches one.
		const at = (id: string, must: boolean) => ({ ...point(id, ['A', 'B'], must), x: 50, y: 30, r: 2 });
		const placed = placePointLabels(
			[at('other', false), at('first', true), at('second', true)],
			{
				...options,
				charWidth: 3.6
			},
			'en'
		);
		expect(placed.map((l) => [l.id, l.anchor, l.x, l.y, l.hidden])).toEqual([
			['other', 'start', 55, 30, true],
			['first', 'start', 55, 30, false],
			['second', 'end', 45, 30, false]
		]);
	});

	it('still shows a must-show label that fits nowhere, where least of it leaves the chart, and says it was forced', () => {
		// 100 × 16: no shape fits. On one line (174 px) centred above the point and moved down into the chart, 74 px
		// of it are cut; every other place cuts more.
		const [label] = placePointLabels(
			[{ ...point('m', ['ABCDEFGHIJKLMNO', 'PQRSTUVWXYZ'], true), x: 50, y: 8 }],
			{
				...options,
				bounds: { width: 100, height: 16 }
			},
			'en'
		);
		expect(label).toMatchObject({ x: 50, y: 6, anchor: 'middle', hidden: false, forced: true });
		expect(label!.box).toEqual({ x: -37, y: 0, width: 174, height: 12 });
	});

	it('puts a label that fits nowhere where it covers least of what it should avoid', () => {
		// The top half is taken, and a strip at the foot: below the point, the label covers 7 px of the strip.
		const [label] = placePointLabels(
			[{ ...point('m', ['ABCDEFGHIJKLMNO', 'PQRSTUVWXYZ'], true), x: 50, y: 30 }],
			{
				...options,
				avoid: [
					{ x: 0, y: 0, width: 100, height: 30 },
					{ x: 0, y: 50, width: 100, height: 10 }
				]
			},
			'en'
		);
		expect(label).toMatchObject({ x: 50, y: 45, anchor: 'middle', hidden: false, forced: true });
		expect(label!.box).toEqual({ x: 5, y: 33, width: 90, height: 24 });
	});

	it('moves a forced label down into the chart when it is short enough to fit', () => {
		// Everything is taken. Above its point at y 8, the 24 px high label would start at -19: moved down 19 px.
		const [label] = placePointLabels(
			[{ ...point('m', ['ABCDEFGHIJKLMNO', 'PQRSTUVWXYZ'], true), x: 50, y: 8 }],
			{
				...options,
				bounds: { width: 100, height: 40 },
				avoid: [{ x: 0, y: 0, width: 100, height: 40 }]
			},
			'en'
		);
		expect(label).toMatchObject({ x: 50, y: 12, anchor: 'middle', hidden: false, forced: true });
		expect(label!.lines.map((l) => l.y)).toEqual([6, 18]);
		expect(label!.box).toEqual({ x: 5, y: 0, width: 90, height: 24 });
	});

	it('tries three lines, the label, the date and the value, where two fit nowhere', () => {
		// In 110 × 40, two lines (84 wide, 24 high) fit neither beside the point, nor above or below it; three
		// lines (60 wide, 36 high) fit left of it.
		const [label] = placePointLabels(
			[{ ...point('m', ['ABCDEFGHIJ', '12 Mar · 40 mi'], true), x: 75, y: 20 }],
			{
				...options,
				bounds: { width: 110, height: 40 }
			},
			'en'
		);
		expect(label).toEqual({
			id: 'm',
			x: 72,
			y: 20,
			anchor: 'end',
			hidden: false,
			forced: false,
			lines: [
				{ text: 'ABCDEFGHIJ', y: 8 },
				{ text: '12 Mar', y: 20 },
				{ text: '40 mi', y: 32 }
			],
			box: { x: 12, y: 2, width: 60, height: 36 }
		});
	});
});

describe('segmentRects', () => {
	it('covers each horizontal or vertical segment of a step line, as thick as its stroke', () => {
		expect(
			segmentRects(
				[
					[0, 0],
					[10, 0],
					[10, 20]
				],
				2
			)
		).toEqual([
			{ x: -1, y: -1, width: 12, height: 2 },
			{ x: 9, y: -1, width: 2, height: 22 }
		]);
	});
});
