/**
 * Ticks for a stretch of time, whatever its length. The unit follows the length: hours for up to two days, days for
 * under about two weeks, Sundays up to about four months, months up to three years, then years. Within the unit,
 * the step is the finest whose labels keep clear of each other, and never finer than every other tick on a narrow
 * chart (a phone's labels would touch even where they fit); when no step of the unit fits, the next unit's do.
 */
import { formatDate } from '../../i18n/format.ts';
import { sundays } from '../shared/scale.ts';
import { DAY, HOUR } from './dates.ts';

export interface Tick {
	x: number;
	label: string;
}

interface Unit {
	/** The unit is chosen for stretches shorter than this. */
	below: number;
	/** Steps tried, finest first, in units. */
	steps: readonly number[];
	/** The unit's instants from `t0` to `t1`, every `step`-th. */
	at(t0: number, t1: number, step: number): number[];
	/** The label of the instant `t`, in the language `lang`. */
	label(t: number, lang: string): string;
}

const every = (from: number, to: number, by: number) => {
	const out: number[] = [];
	for (let t = from; t <= to; t += by) out.push(t);
	return out;
};
const year = (t: number) => new Date(t).getUTCFullYear();
/** "25 May", of an instant. */
const short = (t: number, lang: string) => formatDate(t, lang, 'short');

const UNITS: readonly Unit[] = [
	{
		below: 2 * DAY + 1,
		steps: [1, 2, 3, 6, 12],
		at: (t0, t1, step) => every(Math.ceil(t0 / (step * HOUR)) * step * HOUR, t1, step * HOUR),
		label: (t, lang) => formatDate(t, lang, t % DAY === 0 ? 'short' : 'time')
	},
	{
		below: 15 * DAY,
		steps: [1, 2, 3, 4],
		at: (t0, t1, step) => every(Math.ceil(t0 / DAY) * DAY, t1, step * DAY),
		label: short
	},
	{
		below: 120 * DAY,
		steps: [1, 2, 4],
		at: (t0, t1, step) =>
			sundays(new Date(t0), new Date(t1))
				.filter((_, i) => i % step === 0)
				.map((d) => d.getTime()),
		label: short
	},
	{
		below: 3 * 366 * DAY,
		steps: [1, 2, 3, 6],
		at: (t0, t1, step) => {
			const start = new Date(t0);
			const out: number[] = [];
			for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth(); ; m++) {
				const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
				if (t > t1) return out;
				if (t >= t0 && m % step === 0) out.push(t);
			}
		},
		label: (t, lang) => formatDate(t, lang, new Date(t).getUTCMonth() === 0 ? 'year' : 'monthShort')
	},
	{
		below: Infinity,
		steps: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
		at: (t0, t1, step) => {
			const out: number[] = [];
			for (let y = Math.ceil(year(t0) / step) * step; ; y += step) {
				const t = Date.UTC(y, 0, 1);
				if (t > t1) return out;
				if (t >= t0) out.push(t);
			}
		},
		label: (t, lang) => formatDate(t, lang, 'year')
	}
];

/**
 * The ticks from `t0` to `t1`, placed by `x`, labelled in the language `lang`. `charWidth` estimates a label's width;
 * neighbouring labels keep `pad` between them.
 */
export function timeTicks(
	t0: number,
	t1: number,
	x: (t: number) => number,
	options: { narrow: boolean; charWidth: number; pad: number; lang: string }
): Tick[] {
	const first = UNITS.findIndex((u) => t1 - t0 < u.below);
	const width = (label: string) => label.length * options.charWidth;
	const clear = (ticks: Tick[]) =>
		ticks.every((b, i) => {
			const a = ticks[i - 1];
			return !a || b.x - a.x >= (width(a.label) + width(b.label)) / 2 + options.pad;
		});
	let ticks: Tick[] = [];
	for (const [i, unit] of UNITS.entries()) {
		if (i < first) continue;
		const steps = i === first && options.narrow ? unit.steps.slice(1) : unit.steps;
		for (const step of steps) {
			ticks = unit.at(t0, t1, step).map((t) => ({ x: x(t), label: unit.label(t, options.lang) }));
			if (clear(ticks)) return ticks;
		}
	}
	return ticks;
}
