/**
 * The progress chart's spec: its configuration (`progress:` in visuals.yaml), its data file (`data/progress.csv`) and
 * a step's state, checked against the story. Pure: the content layer runs it at build time and in `check:stories`.
 */
import { numberCell, optionalId, yesNo, type Column } from '../../content/datasets.ts';
import type { KindSpec, StoryRefs } from '../../content/kinds.ts';
import {
	idFrom,
	isoDateTime,
	kebab,
	list,
	number,
	object,
	optional,
	text,
	type Check
} from '../../content/schema.ts';
import { instant } from './dates.ts';

export interface ProgressConfig {
	/** The chart's title. */
	title: string;
	/** The actor whose line it is (its colour). */
	actor: string;
	/** The value's name, for the axis and the table: "Distance to the delta". */
	measure: string;
	/** Written after every value: "mi". */
	unit: string;
	/** What the line moves toward: the value axis's 0, labelled with its name. */
	target: string;
	/** The time axis, `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`; `break` is a stretch the axis skips. */
	axis: { from: string; to: string; break?: [string, string] };
	/** The value axis runs from 0 to this (default: the data's largest value, rounded up). */
	max?: number;
}

/** A dated point of the line: where the quantity stood, and who says so. */
export interface ProgressPoint {
	id: string;
	/** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`. */
	date: string;
	/** The date or time is an estimate or disputed. */
	estimated: boolean;
	/** Short label shown on the chart: "Fort Hale reached". */
	label: string;
	/** The gazetteer place it happened at, if any. */
	place?: string;
	value: number;
	/** The claim for the value or the event. */
	claim: string;
}

/** What a step asks the progress chart to show. */
export interface ProgressState {
	/** Draw the line up to this date (and time). */
	until: string;
	/** Highlight this point. */
	focus?: string;
}

/** A date or date-time inside the chart's time axis (when the axis is known); a date alone is its 00:00. */
const onAxis =
	(config: ProgressConfig | undefined): Check<string> =>
	(v, path, issues) => {
		const date = isoDateTime(v, path, issues);
		if (date === undefined || !config) return date;
		const { from, to } = config.axis;
		const t = instant(date);
		if (t >= instant(from) && t <= instant(to)) return date;
		issues.push({
			path,
			message: `${date} lies outside the chart's time axis`,
			expected: `a date from ${from} to ${to} (progress.axis in visuals.yaml; a date alone means its 00:00)`,
			found: date
		});
		return undefined;
	};

/** A value the value axis can show: from 0 (the target) to the configured maximum, if any. */
const onValueAxis =
	(config: ProgressConfig | undefined): Check<number> =>
	(v, path, issues) => {
		const value = numberCell('a number')(v, path, issues);
		if (value === undefined) return value;
		const max = config?.max;
		if (value >= 0 && (max === undefined || value <= max)) return value;
		issues.push({
			path,
			message: `${value} lies outside the chart's value axis`,
			expected:
				max === undefined
					? `a number from 0 (the target) up`
					: `a number from 0 (the target) to ${max} (progress.max in visuals.yaml)`,
			found: String(value)
		});
		return undefined;
	};

const axisSchema = object({
	from: isoDateTime,
	to: isoDateTime,
	break: optional(list(isoDateTime, 'two dates: [from, to]'))
});

const configSchema = (refs: StoryRefs) =>
	object({
		title: text(),
		actor: idFrom('actor', () => refs.actors, 'actors in visuals.yaml'),
		measure: text(),
		unit: text(),
		target: text(),
		axis: axisSchema,
		max: optional(number('a positive number'))
	});

export const progressSpec: KindSpec<ProgressConfig> = {
	key: 'progress',
	name: 'progress chart',
	data: {
		file: 'data/progress.csv',
		columns: (refs, config): Column[] => [
			{ name: 'id', check: kebab },
			{ name: 'date', check: onAxis(config) },
			{ name: 'estimated', check: yesNo },
			{ name: 'label', check: text() },
			{
				name: 'place',
				check: (v, path, issues) =>
					v === ''
						? null
						: optionalId(v, path, issues) &&
							idFrom('place', () => refs.placeIds, 'places.yaml')(v, path, issues)
			},
			{ name: 'value', check: onValueAxis(config) },
			{ name: 'claim', check: kebab }
		]
	},
	config: (refs) => (v, path, issues) => {
		const c = configSchema(refs)(v, path, issues);
		if (!c) return undefined;
		const { from, to } = c.axis;
		const gap = c.axis.break;
		const wrong = (at: string[], message: string, expected: string) => {
			issues.push({ path: [...path, ...at], message, expected });
			return undefined;
		};
		const [start, end] = [instant(from), instant(to)];
		if (start >= end)
			return wrong(['axis', 'to'], `the axis ends (${to}) before it starts (${from})`, 'a later date');
		if (
			gap &&
			(gap.length !== 2 ||
				!(start < instant(gap[0]!) && instant(gap[0]!) < instant(gap[1]!) && instant(gap[1]!) < end))
		)
			return wrong(
				['axis', 'break'],
				'the break must lie inside the axis, in order',
				`[from, to] between ${from} and ${to}`
			);
		if (c.max !== undefined && !(c.max > 0))
			return wrong(['max'], 'the axis needs room', 'a positive number');
		return { ...c, axis: { from, to, ...(gap ? { break: [gap[0]!, gap[1]!] as [string, string] } : {}) } };
	},
	state: (_refs, config, declared) =>
		object({
			until: onAxis(config),
			focus: optional(idFrom('progress point', () => declared('id'), 'data/progress.csv'))
		})
};
