/**
 * The progress chart's layout: a quantity over time as a stepped line toward its target (the value axis's 0, at the
 * top), revealed up to a step's date, every revealed point labelled where its label fits. d3 computes, the component
 * only draws what this returns. Pure: the same inputs give the same numbers, on the server and in the browser.
 */
import { max } from 'd3-array';
import { wordsFor } from '../../i18n/locales.ts';
import type { LabelAnchor, Rect } from '../shared/labels.ts';
import { polyline } from '../shared/path.ts';
import { linear } from '../shared/scale.ts';
import { instant, round } from './dates.ts';
import { actorOf, pointsUpTo, valueText, type ProgressInput } from './input.ts';
import { layoutLegend, type ProgressLegend } from './legend.ts';
import { placePointLabels, pointLabelParts, segmentRects } from './point-labels.ts';
import type { ProgressState } from './spec.ts';
import { timeAxis } from './time-axis.ts';

export interface PlottedPoint {
	id: string;
	x: number;
	y: number;
	/** Radius of the point's mark: bigger when focused. */
	r: number;
	label: string;
	date: string;
	value: number;
	/** Date estimated or disputed: drawn hollow. */
	estimated: boolean;
	/** The claim is hedged by its source: drawn with a dashed ring. */
	hedged: boolean;
	focused: boolean;
}

/** A point's label, "Fort Hale reached · 25 May", on one line or two: draw each line at `x`, its middle at its y. */
export interface PlottedLabel {
	id: string;
	/** The whole label on one line. */
	text: string;
	lines: { text: string; y: number }[];
	x: number;
	y: number;
	anchor: LabelAnchor;
	/** The focused point's label. */
	focused: boolean;
	/** The box the label occupies (for tests and for keeping other marks clear of it). */
	box: Rect;
}

export interface ProgressLayout {
	width: number;
	height: number;
	/** Font size of every text, in px: 12 on narrow charts, else 13. */
	fontSize: number;
	/** The line's and the points' colour: the actor's. */
	colour: string | undefined;
	margin: { top: number; right: number; bottom: number; left: number };
	legend: ProgressLegend;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** The plot's horizontal extents: one, or either side of the time axis's break (gridlines are drawn in each). */
	spans: { x1: number; x2: number }[];
	/** The break in the time axis, if any, and its two slanted strokes ('' without one). */
	gap?: { x1: number; x2: number };
	breakMarks: string;
	/** SVG path of the line up to the revealed date. */
	path: string;
	points: PlottedPoint[];
	/** The labels that fit, without overlaps; the focused and the latest point's always show, with the value. */
	labels: PlottedLabel[];
	/** x of the revealed date: the edge of what is revealed. */
	untilX: number;
}

/**
 * Average width of a character, as a share of the font size, for semibold point labels and regular axis text: the
 * widest of the usual system-ui faces (DejaVu Sans) measures up to 0.6 and 0.53 on the story's labels.
 */
const LABEL_CHAR = 0.6;
const AXIS_CHAR = 0.55;

/**
 * Lays out the line of `input.rows` over the configured time axis (broken if the story says so), revealed up to the
 * state's date, with every revealed point labelled where its label fits.
 */
export function layoutProgress(
	input: ProgressInput,
	state: ProgressState,
	size: { width: number; height: number }
): ProgressLayout {
	const { config, rows, claims, lang } = input;
	const { separator } = wordsFor(lang).visuals.progress;
	const { width, height } = size;
	const reveal = instant(state.until);
	const narrow = width < 480;
	const fontSize = narrow ? 12 : 13;
	const axisChar = fontSize * AXIS_CHAR;
	const legend = layoutLegend(1, 6, width, { fontSize, charWidth: axisChar, lang });
	// The value axis: the target (0) at the top, down to the configured maximum or the data's largest value.
	const top = Math.max(config.max ?? 0, max(rows, (r) => r.value) ?? 0) || 1;
	const values = linear([0, top], [0, 1], { nice: true });
	const tickValues = values.ticks(narrow ? 4 : 5);
	const tickLabel = (v: number) => (v === 0 ? config.target : valueText(config, v));
	// Room left of the plot for the longest value label, estimated at the widest characters (capitals and digits
	// run wider than the axis text's average).
	const widest = Math.max(...tickValues.map((v) => tickLabel(v).length * fontSize * LABEL_CHAR));
	const margin = {
		top: round(legend.box.y + legend.box.height + fontSize * 2.4),
		right: 16,
		bottom: 36,
		left: Math.max(54, Math.ceil(widest + 7))
	};
	const bottom = height - margin.bottom;
	const axis = timeAxis(config.axis, margin.left, width - margin.right, {
		narrow,
		charWidth: axisChar,
		fontSize,
		frame: width,
		lang
	});
	const y = linear(values.domain, [margin.top, bottom]);
	const shown = pointsUpTo(rows, config.axis, reveal);
	const hedged = new Set(claims.filter((c) => c.hedged).map((c) => c.id));
	const untilX = axis.x(reveal);
	const last = shown.at(-1);
	// The quantity holds until the next point: a horizontal run, then a vertical jump.
	const corners: [number, number][] = [];
	const push = (c: [number, number]) => {
		const prev = corners[corners.length - 1];
		if (!prev || prev[0] !== c[0] || prev[1] !== c[1]) corners.push(c);
	};
	shown.forEach((p, i) => {
		const px = axis.x(instant(p.date));
		if (i > 0) push([px, round(y(shown[i - 1]!.value))]);
		push([px, round(y(p.value))]);
	});
	if (last && untilX > axis.x(instant(last.date))) corners.push([untilX, round(y(last.value))]);

	const yTicks = tickValues.map((v) => ({ y: round(y(v)), label: tickLabel(v) }));
	const points: PlottedPoint[] = shown.map((p) => ({
		id: p.id,
		x: axis.x(instant(p.date)),
		y: round(y(p.value)),
		r: p.id === state.focus ? 7 : 5,
		label: p.label,
		date: p.date,
		value: p.value,
		estimated: p.estimated,
		hedged: hedged.has(p.claim),
		focused: p.id === state.focus
	}));
	// Every revealed point is labelled where it fits; the focused point's and the latest one's, with the value, always.
	const must = new Set([points.find((p) => p.focused)?.id, points.at(-1)?.id]);
	const parts = new Map(
		shown.map((p) => [
			p.id,
			pointLabelParts(p, lang, must.has(p.id) ? valueText(config, p.value) : undefined)
		])
	);
	const ordered = [...points.filter((p) => p.focused), ...points.filter((p) => !p.focused)];
	const axisText = (x: number, mid: number, label: string, anchor: 'end' | 'middle'): Rect => {
		const w = label.length * axisChar;
		return { x: anchor === 'end' ? x - w : x - w / 2, y: mid - fontSize / 2, width: w, height: fontSize };
	};
	const placed = placePointLabels(
		ordered.map((p) => ({ id: p.id, x: p.x, y: p.y, r: p.r, parts: parts.get(p.id)!, must: must.has(p.id) })),
		{
			fontSize,
			charWidth: fontSize * LABEL_CHAR,
			bounds: { width, height },
			avoid: [
				legend.box,
				...yTicks.map((t) => axisText(margin.left - 6, t.y, t.label, 'end')),
				...axis.ticks.map((t) => axisText(t.x, bottom + 20 - fontSize * 0.32, t.label, 'middle')),
				...(axis.gap
					? [{ x: axis.gap.x1 - 3, y: bottom - 6, width: axis.gap.x2 - axis.gap.x1 + 6, height: 12 }]
					: []),
				...segmentRects(corners, 3)
			]
		},
		lang
	);
	const byId = new Map(placed.map((l) => [l.id, l]));
	const labels = points
		.map((p) => ({ p, l: byId.get(p.id)! }))
		.filter(({ l }) => !l.hidden)
		.map(({ p, l }) => ({
			id: p.id,
			text: parts.get(p.id)!.join(separator),
			lines: l.lines,
			x: l.x,
			y: l.y,
			anchor: l.anchor,
			focused: p.focused,
			box: l.box
		}));

	return {
		width,
		height,
		fontSize,
		colour: actorOf(input)?.colour,
		margin,
		legend,
		xTicks: axis.ticks,
		yTicks,
		spans: axis.spans,
		...(axis.gap ? { gap: axis.gap } : {}),
		breakMarks: axis.breakMarks(bottom),
		path: polyline(corners),
		points,
		labels,
		untilX
	};
}
