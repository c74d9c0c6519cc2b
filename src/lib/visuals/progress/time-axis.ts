/**
 * The advance chart's broken time axis: 1 May to 15 June 2016 (the story's detail) over most of the width, then a
 * break, then December 2016 compressed into a short tail. Dates inside the break (mid-June to November) map across
 * the gap, so the front line and its reveal run on through it.
 */
import { dayMonth, linear, sundays } from '../shared/scale.ts';

/** UTC midnight of a `YYYY-MM-DD` date. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const round = (n: number) => Math.round(n * 100) / 100;

/** The axis's dates: the detailed stretch, then (after the break) the tail. */
export const TIMELINE = {
	start: day('2016-05-01'),
	detailEnd: day('2016-06-15'),
	tailStart: day('2016-12-01'),
	end: day('2016-12-31')
} as const;

/** Share of the plot's width the December tail takes, and the width of the break between the two. */
export const TAIL_SHARE = 0.18;
export const BREAK_WIDTH = 16;

export interface TimeAxis {
	/** x of a date; dates outside 1 May–31 December are clamped to the axis's ends. */
	x: (date: Date) => number;
	/** The break: the gap between the detailed stretch and the tail. */
	gap: { x1: number; x2: number };
	/** Horizontal extents drawn (gridlines), either side of the break. */
	spans: { x1: number; x2: number }[];
	/** Tick labels, centred on x: Sundays (every other one when narrow), "…" in the break, "Dec" under the tail. */
	ticks: { x: number; label: string }[];
	/** Two slanted strokes across the axis line at `y`, one at each edge of the break. */
	breakMarks: (y: number) => string;
}

/** The axis from `left` to `right`; `charWidth` estimates tick labels' widths, to keep them clear of the break. */
export function timeAxis(
	left: number,
	right: number,
	options: { narrow: boolean; charWidth: number }
): TimeAxis {
	const tail = (right - left) * TAIL_SHARE;
	const gapX1 = right - tail - BREAK_WIDTH;
	const gapX2 = right - tail;
	const { start, detailEnd, tailStart, end } = TIMELINE;
	const detail = linear([start.getTime(), detailEnd.getTime()], [left, gapX1]);
	const across = linear([detailEnd.getTime(), tailStart.getTime()], [gapX1, gapX2]);
	const december = linear([tailStart.getTime(), end.getTime()], [gapX2, right]);
	const x = (date: Date) => {
		const t = Math.min(end.getTime(), Math.max(start.getTime(), date.getTime()));
		return round(t <= detailEnd.getTime() ? detail(t) : t < tailStart.getTime() ? across(t) : december(t));
	};
	const weeks = sundays(start, detailEnd).filter((_, i) => !options.narrow || i % 2 === 0);
	const ticks = weeks
		.map((d) => ({ x: x(d), label: dayMonth(d) }))
		.filter((t) => t.x + (t.label.length * options.charWidth) / 2 <= gapX1);
	return {
		x,
		gap: { x1: round(gapX1), x2: round(gapX2) },
		spans: [
			{ x1: round(left), x2: round(gapX1) },
			{ x1: round(gapX2), x2: round(right) }
		],
		ticks: [
			...ticks,
			{ x: round((gapX1 + gapX2) / 2), label: '…' },
			{ x: round((gapX2 + right) / 2), label: 'Dec' }
		],
		breakMarks: (y) =>
			[gapX1, gapX2]
				.map((bx) => `M${round(bx - 3)},${round(y + 6)}L${round(bx + 3)},${round(y - 6)}`)
				.join('')
	};
}
