/** The progress chart's legend: what a filled, a hollow and a dashed point mean, in rows that fit the width. */
import { wordsFor } from '../../i18n/locales.ts';
import type { Rect } from '../shared/labels.ts';
import { round } from './dates.ts';

export type LegendMark = 'reported' | 'estimated' | 'hedged';

/** The legend's marks, in order. */
const MARKS: readonly LegendMark[] = ['reported', 'estimated', 'hedged'];

export interface ProgressLegend {
	/** Each item's swatch: a circle of radius `r` centred at (x, y); its text starts at `textX`, middle at y. */
	items: { mark: LegendMark; text: string; x: number; y: number; textX: number }[];
	r: number;
	/** The legend's box, top-left at (left, top). */
	box: Rect;
}

/**
 * Flows the items, in the language `lang`, left to right from (left, top), starting a row when the next item would
 * pass `right`.
 */
export function layoutLegend(
	left: number,
	top: number,
	right: number,
	{ fontSize, charWidth, lang }: { fontSize: number; charWidth: number; lang: string }
): ProgressLegend {
	const words = wordsFor(lang).visuals.progress.legend;
	const r = 5;
	const swatch = 2 * r + 4;
	const space = fontSize;
	const row = round(fontSize * 1.6);
	let x = left;
	let rows = 1;
	let widest = 0;
	const items = MARKS.map((mark) => {
		const item = { mark, text: words[mark] };
		const width = swatch + item.text.length * charWidth;
		if (x > left && x + width > right) {
			x = left;
			rows += 1;
		}
		const at = { ...item, x: round(x + r), y: round(top + (rows - 0.5) * row), textX: round(x + swatch) };
		widest = Math.max(widest, x + width - left);
		x += width + space;
		return at;
	});
	return { items, r, box: { x: left, y: top, width: round(widest), height: round(rows * row) } };
}
