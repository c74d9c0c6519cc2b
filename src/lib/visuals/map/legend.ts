/** Layout of legend blocks and wrapped notes, in basemap units. */
import type { Rect } from '../shared/labels.ts';
import { wrap } from '../shared/wrap.ts';
import { burst, crosshair, diamond, polygon, round2 } from './geometry.ts';

/** What a legend entry's swatch shows: a zone (tinted or hatched), an arrow (dashed), a diamond or a gun-sight. */
export type Swatch = 'zone' | 'hatch' | 'arrow' | 'dashed' | 'diamond' | 'sight' | 'burst';

/** An entry: an actor (its id as key, drawn in its colour), or `-dashed`, the key to dashed marks (in ink). */
export interface LegendEntry {
	key: string;
	swatch: Swatch;
	text: string;
	colour?: string;
}

export interface LegendItem extends LegendEntry {
	/** Left edge of the swatch and middle of the row; the text starts at `x + swatch + gap`. */
	x: number;
	y: number;
}

/** The swatches' shapes, relative to an item's (x, y), and where its text starts. */
export interface SwatchShapes {
	/** A zone's rectangle. */
	bar: { y: number; width: number; height: number };
	/** An arrow's line and head. */
	line: string;
	head: string;
	diamond: string;
	sight: string;
	burst: string;
	textX: number;
}

export interface LegendLayout {
	/** The legend's background box. */
	box: Rect;
	items: LegendItem[];
	/** Width of a swatch and the gap after it. */
	swatch: number;
	gap: number;
	shapes: SwatchShapes;
}

interface Type {
	fontSize: number;
	charWidth: number;
}

/**
 * Flows legend entries into rows no wider than `maxWidth` (an entry wider than that gets a row of its own). The
 * block's top-left corner is at (0, 0): move it with `moveLegend`.
 */
export function layoutLegend(
	entries: readonly LegendEntry[],
	{ fontSize, charWidth, maxWidth }: Type & { maxWidth: number }
): LegendLayout {
	const swatch = fontSize * 1.6;
	const gap = fontSize * 0.4;
	const space = fontSize * 0.9;
	const pad = fontSize * 0.4;
	const rowHeight = fontSize * 1.4;
	const rows: (LegendEntry & { width: number })[][] = [];
	for (const e of entries) {
		const width = swatch + gap + e.text.length * charWidth;
		const row = rows[rows.length - 1];
		const used = row ? row.reduce((s, i) => s + i.width + space, 0) : 0;
		if (row && used + width <= maxWidth) row.push({ ...e, width });
		else rows.push([{ ...e, width }]);
	}
	const inner = Math.max(0, ...rows.map((r) => r.reduce((s, i) => s + i.width, 0) + space * (r.length - 1)));
	const items = rows.flatMap((row, r) => {
		let x = pad;
		return row.map((item) => {
			const placed = {
				key: item.key,
				swatch: item.swatch,
				text: item.text,
				...(item.colour ? { colour: item.colour } : {}),
				x: round2(x),
				y: round2(pad + (r + 0.5) * rowHeight)
			};
			x += item.width + space;
			return placed;
		});
	});
	return {
		box: { x: 0, y: 0, width: round2(inner + 2 * pad), height: round2(rows.length * rowHeight + 2 * pad) },
		items,
		swatch: round2(swatch),
		gap: round2(gap),
		shapes: swatchShapes(swatch, gap)
	};
}

/** The swatches of a legend whose swatches are `s` wide: shapes `h` = 0.3 s high either side of the row's middle. */
function swatchShapes(s: number, gap: number): SwatchShapes {
	const h = s * 0.3;
	const centre = { x: s / 2, y: 0 };
	return {
		bar: { y: round2(-h), width: round2(s), height: round2(2 * h) },
		line: `M0,0H${round2(s - h)}`,
		head: polygon([
			{ x: s, y: 0 },
			{ x: s - 1.6 * h, y: -h },
			{ x: s - 1.6 * h, y: h }
		]),
		diamond: diamond(centre, 1.3 * h),
		sight: crosshair(centre, h, 0.4 * h, 1.45 * h),
		burst: burst(centre, 1.5 * h),
		textX: round2(s + gap)
	};
}

/** The legend moved so its box's top-left corner is at (x, y). */
export function moveLegend(legend: LegendLayout, x: number, y: number): LegendLayout {
	return {
		...legend,
		box: { ...legend.box, x: round2(x), y: round2(y) },
		items: legend.items.map((i) => ({ ...i, x: round2(i.x + x), y: round2(i.y + y) }))
	};
}

export interface NoteLayout {
	/** Left edge and the middle of the first line; lines follow every `lineHeight`. */
	x: number;
	y: number;
	lineHeight: number;
	/** Each line, with the middle of its line box. */
	lines: { text: string; y: number }[];
	box: Rect;
}

/**
 * A note wrapped to `maxWidth`, its top-left corner at (`left`, `top`); undefined when it would need more than
 * `maxLines` lines (the data table carries it anyway).
 */
export function layoutNote(
	text: string,
	{
		fontSize,
		charWidth,
		left,
		top,
		maxWidth,
		maxLines
	}: Type & Record<'left' | 'top' | 'maxWidth' | 'maxLines', number>
): NoteLayout | undefined {
	const lines = wrap(text, Math.floor(maxWidth / charWidth));
	if (lines.length > maxLines) return undefined;
	const lineHeight = fontSize * 1.25;
	const width = Math.max(...lines.map((l) => l.length)) * charWidth;
	return {
		x: round2(left),
		y: round2(top + lineHeight / 2),
		lineHeight: round2(lineHeight),
		lines: lines.map((text, i) => ({ text, y: round2(top + (i + 0.5) * lineHeight) })),
		box: { x: round2(left), y: round2(top), width: round2(width), height: round2(lines.length * lineHeight) }
	};
}
