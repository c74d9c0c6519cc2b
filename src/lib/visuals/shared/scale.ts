import { nice, ticks } from 'd3-array';

/** A linear scale: a function from domain to range, with nice ticks. */
export interface Linear {
	(value: number): number;
	domain: [number, number];
	ticks(count?: number): number[];
}

/**
 * A linear scale built on d3-array's `ticks` and `nice`. d3-scale's scaleLinear would bring d3-interpolate,
 * d3-color and d3-format into the reader's download (about 9.6 kB brotli) for what is one line of arithmetic here.
 */
export function linear(
	domain: [number, number],
	range: [number, number],
	options: { nice?: boolean } = {}
): Linear {
	const [d0, d1] = options.nice ? (nice(domain[0], domain[1], 10) as [number, number]) : domain;
	const [r0, r1] = range;
	const scale = ((value: number) =>
		d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)) as Linear;
	scale.domain = [d0, d1];
	scale.ticks = (count = 10) => ticks(d0, d1, count);
	return scale;
}

const DAY = 86_400_000;

/**
 * Every Sunday (UTC midnight) from `start` to `end` inclusive, as d3-time's utcWeek.range would give: where a time
 * axis puts its weekly ticks (i18n/format.ts writes their labels).
 */
export function sundays(start: Date, end: Date): Date[] {
	const first = Math.ceil(start.getTime() / DAY) * DAY;
	const out: Date[] = [];
	for (let t = first + ((7 - new Date(first).getUTCDay()) % 7) * DAY; t <= end.getTime(); t += 7 * DAY)
		out.push(new Date(t));
	return out;
}
