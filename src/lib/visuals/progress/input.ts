/** What the progress chart reads from its input: its actor, its values as written, and the points it reveals. */
import type { Actor } from '../../content/actors.ts';
import type { VisualInput } from '../kind.ts';
import { instant } from './dates.ts';
import type { ProgressConfig, ProgressPoint } from './spec.ts';
import type { AxisDates } from './time-axis.ts';

export type ProgressInput = VisualInput<ProgressConfig, ProgressPoint>;

/** The actor whose line it is (the content layer has checked it is declared). */
export const actorOf = (input: ProgressInput): Actor | undefined =>
	input.actors.find((a) => a.id === input.config.actor);

/** A value with its unit: "60 mi". */
export const valueText = (config: ProgressConfig, value: number) => `${value} ${config.unit}`;

/**
 * The points on the time axis up to the instant `until`, in time order (points at the same instant in data order), so
 * the line never runs back in time whatever order the data file lists them in.
 */
export function pointsUpTo(
	points: readonly ProgressPoint[],
	axis: AxisDates,
	until: number
): ProgressPoint[] {
	const from = instant(axis.from);
	const to = instant(axis.to);
	return points
		.map((p) => ({ p, t: instant(p.date) }))
		.filter(({ t }) => t >= from && t <= to && t <= until)
		.sort((a, b) => a.t - b.t)
		.map(({ p }) => p);
}
