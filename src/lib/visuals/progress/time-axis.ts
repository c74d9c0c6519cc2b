/**
 * The progress chart's time axis, from the story's `axis.from` to `axis.to`. With a `break: [a, b]`, the axis is
 * broken: `from`–`a` (the story's detail) over most of the width, a gap, then `b`–`to` compressed into a short tail.
 * Instants inside the break map across the gap, so the line and its reveal run on through it.
 */
import { formatDate, formatRange, type DateStyle } from '../../i18n/format.ts';
import { wordsFor } from '../../i18n/locales.ts';
import { linear } from '../shared/scale.ts';
import { DAY, instant, round } from './dates.ts';
import { timeTicks, type Tick } from './time-ticks.ts';

/** The axis as the story gives it: dates or date-times. */
export interface AxisDates {
	from: string;
	to: string;
	break?: [string, string];
}

/** Share of the plot's width the tail after a break takes, and the width of the break. */
export const TAIL_SHARE = 0.18;
export const BREAK_WIDTH = 16;

export interface TimeAxis {
	/** x of an instant (ms); instants outside the axis are clamped to its ends. */
	x: (t: number) => number;
	/** The break, when there is one: the gap between the detailed stretch and the tail. */
	gap?: { x1: number; x2: number };
	/** Horizontal extents drawn (gridlines): the whole plot, or either side of the break. */
	spans: { x1: number; x2: number }[];
	/** Tick labels, centred on x (see time-ticks.ts); with a break, then "…" in it and a label under the tail. */
	ticks: Tick[];
	/** Two slanted strokes across the axis line at `y`, one at each edge of the break; none without one. */
	breakMarks: (y: number) => string;
}

export interface AxisOptions {
	/** A phone-sized chart: ticks no finer than every other one. */
	narrow: boolean;
	/** Estimated width of a character of tick text. */
	charWidth: number;
	/** Font size of tick text: neighbouring labels keep half of it between them. */
	fontSize: number;
	/** The frame's width: tick labels stay inside 0–frame. */
	frame: number;
	/** The story's language, which writes the labels. */
	lang: string;
}

/** The axis from `left` to `right`. */
export function timeAxis(dates: AxisDates, left: number, right: number, options: AxisOptions): TimeAxis {
	const start = instant(dates.from);
	const end = instant(dates.to);
	const gap = dates.break && { from: instant(dates.break[0]), to: instant(dates.break[1]) };
	const tail = gap ? (right - left) * TAIL_SHARE : 0;
	const gapX1 = gap ? right - tail - BREAK_WIDTH : right;
	const gapX2 = right - tail;
	const detailEnd = gap?.from ?? end;
	const detail = linear([start, detailEnd], [left, gapX1]);
	const across = gap && linear([gap.from, gap.to], [gapX1, gapX2]);
	const after = gap && linear([gap.to, end], [gapX2, right]);
	const x = (time: number) => {
		const t = Math.min(end, Math.max(start, time));
		return round(!gap || t <= gap.from ? detail(t) : t < gap.to ? across!(t) : after!(t));
	};
	const width = (label: string) => label.length * options.charWidth;
	// Labels keep inside the frame, and out of the break.
	const limit = gap ? gapX1 : options.frame;
	const ticks = timeTicks(start, detailEnd, x, { ...options, pad: options.fontSize / 2 }).filter(
		(t) => t.x - width(t.label) / 2 >= 0 && t.x + width(t.label) / 2 <= limit
	);
	if (!gap) {
		return {
			x,
			spans: [{ x1: round(left), x2: round(right) }],
			ticks,
			breakMarks: () => ''
		};
	}
	const middle = (gapX2 + right) / 2;
	const tailLabel = tailLabels(gap.to, end, options.lang).find(
		(l) => width(l) <= tail + BREAK_WIDTH / 2 && middle + width(l) / 2 <= options.frame
	);
	return {
		x,
		gap: { x1: round(gapX1), x2: round(gapX2) },
		spans: [
			{ x1: round(left), x2: round(gapX1) },
			{ x1: round(gapX2), x2: round(right) }
		],
		ticks: [
			...ticks,
			{ x: round((gapX1 + gapX2) / 2), label: wordsFor(options.lang).visuals.progress.gap },
			...(tailLabel ? [{ x: round(middle), label: tailLabel }] : [])
		],
		breakMarks: (y) =>
			[gapX1, gapX2]
				.map((bx) => `M${round(bx - 3)},${round(y + 6)}L${round(bx + 3)},${round(y - 6)}`)
				.join('')
	};
}

/**
 * What the tail after a break is called in the language `lang`, most precise first: its month ("Dec") when it is a
 * whole month, else its days ("28–31 Aug", then "Aug"); its months across months ("Nov–Dec"), its years across years
 * ("2022–2023").
 */
export function tailLabels(from: number, to: number, lang: string): string[] {
	const a = new Date(from);
	const b = new Date(to);
	const write = (t: number, style: DateStyle) => formatDate(t, lang, style);
	const range = (first: DateStyle, last: DateStyle) => formatRange(write(from, first), write(to, last), lang);
	if (a.getUTCFullYear() !== b.getUTCFullYear()) return [range('year', 'year')];
	if (a.getUTCMonth() !== b.getUTCMonth()) return [range('monthShort', 'monthShort')];
	const month = write(from, 'monthShort');
	const lastDay = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate();
	if (a.getUTCDate() === 1 && from % DAY === 0 && b.getUTCDate() === lastDay) return [month];
	if (a.getUTCDate() === b.getUTCDate()) return [write(from, 'short'), month];
	return [range('day', 'short'), month];
}
