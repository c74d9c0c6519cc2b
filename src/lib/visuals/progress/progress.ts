import { max } from 'd3-array';
import { polyline } from '../shared/path.ts';
import type { AdvanceEvent, Claim } from '../../content/types.ts';
import type { LabelAnchor, Rect } from '../shared/labels.ts';
import { linear } from '../shared/scale.ts';
import { layoutLegend, type AdvanceLegend } from './legend.ts';
import { placePointLabels, pointLabelParts, segmentRects } from './point-labels.ts';
import { eventsUpTo, type AdvanceState } from './text.ts';
import { day, round, timeAxis } from './time-axis.ts';

export { ADVANCE_TITLE, advanceTable, describeAdvance, type AdvanceState } from './text.ts';

export interface AdvancePoint {
	id: string;
	x: number;
	y: number;
	/** Radius of the point's mark: bigger when focused. */
	r: number;
	label: string;
	date: string;
	km: number;
	/** Date estimated or disputed: drawn hollow. */
	estimated: boolean;
	/** The claim is hedged by its source: drawn with a dashed ring. */
	hedged: boolean;
	focused: boolean;
}

/** A point's label, "Al-Baghla secured · 25 May", on one line or two: draw each line at `x`, its middle at its y. */
export interface AdvanceLabel {
	id: string;
	/** The whole label on one line. */
	text: string;
	lines: { text: string; y: number }[];
	x: number;
	y: number;
	anchor: LabelAnchor;
	/** The focused event's label. */
	focused: boolean;
	/** The box the label occupies (for tests and for keeping other marks clear of it). */
	box: Rect;
}

export interface AdvanceLayout {
	width: number;
	height: number;
	/** Font size of every text, in px: 12 on narrow charts, else 13. */
	fontSize: number;
	margin: { top: number; right: number; bottom: number; left: number };
	legend: AdvanceLegend;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** The plot's horizontal extents either side of the time axis's break (gridlines are drawn in each). */
	spans: { x1: number; x2: number }[];
	/** The break in the time axis, between 15 June and 1 December, and its two slanted strokes. */
	gap: { x1: number; x2: number };
	breakMarks: string;
	/** SVG path of the front line up to the revealed date. */
	path: string;
	points: AdvancePoint[];
	/** The labels that fit, without overlaps; the focused and the latest event's always show, with the km. */
	labels: AdvanceLabel[];
	/** x of the revealed date: the edge of what is revealed. */
	untilX: number;
}

/**
 * Average advance of a character, as a share of the font size, for semibold point labels and regular axis text: the
 * widest of the usual system-ui faces (DejaVu Sans) measures up to 0.6 and 0.53 on the story's labels.
 */
const LABEL_CHAR = 0.6;
const AXIS_CHAR = 0.55;

/**
 * Lays out the front line as distance to Sirte (km, Sirte at the top) over a broken time axis (May to mid-June, then
 * December), revealed up to the state's date, with every revealed point labelled where its label fits.
 * Pure: the same inputs give the same numbers, on the server and in the browser.
 */
export function layoutAdvance(
	events: readonly AdvanceEvent[],
	claims: readonly Claim[],
	state: AdvanceState,
	size: { width: number; height: number }
): AdvanceLayout {
	const { width, height } = size;
	const reveal = day(state.until);
	const narrow = width < 480;
	const fontSize = narrow ? 12 : 13;
	const legend = layoutLegend(1, 6, width, { fontSize, charWidth: fontSize * AXIS_CHAR });
	const margin = {
		top: round(legend.box.y + legend.box.height + fontSize * 2.4),
		right: 16,
		bottom: 36,
		left: 54
	};
	const bottom = height - margin.bottom;
	const axis = timeAxis(margin.left, width - margin.right, { narrow, charWidth: fontSize * AXIS_CHAR });
	const maxKm = Math.max(200, max(events, (e) => e.km) ?? 0);
	const y = linear([0, maxKm], [margin.top, bottom], { nice: true });
	const shown = eventsUpTo(events, reveal);
	const hedged = new Set(claims.filter((c) => c.hedged).map((c) => c.id));
	const untilX = axis.x(reveal);
	const last = shown[shown.length - 1];
	// The front holds its position until the next event: a horizontal run, then a vertical jump.
	const corners: [number, number][] = [];
	const push = (c: [number, number]) => {
		const prev = corners[corners.length - 1];
		if (!prev || prev[0] !== c[0] || prev[1] !== c[1]) corners.push(c);
	};
	shown.forEach((e, i) => {
		const px = axis.x(day(e.date));
		if (i > 0) push([px, round(y(shown[i - 1]!.km))]);
		push([px, round(y(e.km))]);
	});
	if (last && untilX > axis.x(day(last.date))) corners.push([untilX, round(y(last.km))]);

	const yTicks = y
		.ticks(narrow ? 4 : 5)
		.map((km) => ({ y: round(y(km)), label: km === 0 ? 'Sirte' : `${km} km` }));
	const points: AdvancePoint[] = shown.map((e) => ({
		id: e.id,
		x: axis.x(day(e.date)),
		y: round(y(e.km)),
		r: e.id === state.focus ? 7 : 5,
		label: e.label,
		date: e.date,
		km: e.km,
		estimated: e.estimated,
		hedged: hedged.has(e.claim),
		focused: e.id === state.focus
	}));
	// Every revealed point is labelled where it fits; the focused event's and the latest one's, with the km, always.
	const must = new Set([points.find((p) => p.focused)?.id, points[points.length - 1]?.id]);
	const parts = new Map(shown.map((e) => [e.id, pointLabelParts(e, must.has(e.id))]));
	const ordered = [...points.filter((p) => p.focused), ...points.filter((p) => !p.focused)];
	const axisText = (x: number, mid: number, label: string, anchor: 'end' | 'middle'): Rect => {
		const w = label.length * fontSize * AXIS_CHAR;
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
				{ x: axis.gap.x1 - 3, y: bottom - 6, width: axis.gap.x2 - axis.gap.x1 + 6, height: 12 },
				...segmentRects(corners, 3)
			]
		}
	);
	const byId = new Map(placed.map((l) => [l.id, l]));
	const labels = points
		.map((p) => ({ p, l: byId.get(p.id)! }))
		.filter(({ l }) => !l.hidden)
		.map(({ p, l }) => ({
			id: p.id,
			text: parts.get(p.id)!.join(' · '),
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
		margin,
		legend,
		xTicks: axis.ticks,
		yTicks,
		spans: axis.spans,
		gap: axis.gap,
		breakMarks: axis.breakMarks(bottom),
		path: polyline(corners),
		points,
		labels,
		untilX
	};
}
