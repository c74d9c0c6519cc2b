import { max } from 'd3-array';
import { line } from 'd3-shape';
import { dayMonth, linear, sundays } from '../shared/scale.ts';
import type { AdvanceEvent, Claim } from '../../content/types.ts';

/** What a step asks the advance chart to show. */
export interface AdvanceState {
	/** Draw the front line up to this date (YYYY-MM-DD). */
	until: string;
	/** Highlight this event. */
	focus?: string;
}

export interface AdvancePoint {
	id: string;
	x: number;
	y: number;
	label: string;
	date: string;
	km: number;
	/** Date estimated or disputed: drawn hollow. */
	estimated: boolean;
	/** The claim is hedged by its source: drawn with a dashed ring. */
	hedged: boolean;
	focused: boolean;
	/** The point's label ("Abu Grain retaken, 140 km"), its anchor and x: right of the point when it fits,
	 *  else left of it, else centred and kept inside the chart. */
	text: string;
	anchor: 'start' | 'end' | 'middle';
	labelX: number;
}

export interface AdvanceLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** SVG path of the front line up to `until`. */
	path: string;
	points: AdvancePoint[];
	/** x of the `until` date: the edge of what is revealed. */
	untilX: number;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const round = (n: number) => Math.round(n * 100) / 100;

/** Average width of a character of the 13 px semibold label, for placing labels without measuring text. */
const CHAR = 7.4;

/** Right of the point when the label fits, else left of it, else centred and kept inside [0, right]. */
export function placeLabel(
	text: string,
	x: number,
	right: number
): Pick<AdvancePoint, 'text' | 'anchor' | 'labelX'> {
	const w = text.length * CHAR;
	if (x + 10 + w <= right) return { text, anchor: 'start', labelX: round(x + 10) };
	if (x - 10 - w >= 0) return { text, anchor: 'end', labelX: round(x - 10) };
	return { text, anchor: 'middle', labelX: round(Math.min(right - w / 2, Math.max(w / 2, x))) };
}

/** The chart's time window: May to mid-June 2016, where the story's advance happens. */
export const ADVANCE_DOMAIN: [Date, Date] = [day('2016-05-01'), day('2016-06-15')];

/**
 * Lays out the front line as distance to Sirte (km, Sirte at the top) over time, revealed up to `state.until`.
 * Pure: the same inputs give the same numbers, on the server and in the browser.
 */
export function layoutAdvance(
	events: readonly AdvanceEvent[],
	claims: readonly Claim[],
	state: AdvanceState,
	size: { width: number; height: number },
	/** How far the line is drawn; the state's date unless a transition is under way. */
	reveal: Date = day(state.until)
): AdvanceLayout {
	const margin = { top: 44, right: 16, bottom: 36, left: 54 };
	const { width, height } = size;
	const time = linear(
		[ADVANCE_DOMAIN[0].getTime(), ADVANCE_DOMAIN[1].getTime()],
		[margin.left, width - margin.right]
	);
	const x = (d: Date) => time(d.getTime());
	const maxKm = Math.max(200, max(events, (e) => e.km) ?? 0);
	const y = linear([0, maxKm], [margin.top, height - margin.bottom], { nice: true });
	const until = reveal;
	const inWindow = events.filter((e) => day(e.date) >= ADVANCE_DOMAIN[0] && day(e.date) <= ADVANCE_DOMAIN[1]);
	const shown = inWindow.filter((e) => day(e.date) <= until);
	const hedged = new Set(claims.filter((c) => c.hedged).map((c) => c.id));
	const untilX = round(x(until < ADVANCE_DOMAIN[1] ? until : ADVANCE_DOMAIN[1]));
	const last = shown[shown.length - 1];
	// The front holds its position until the next event: a horizontal run, then a vertical jump.
	const corners: [number, number][] = [];
	shown.forEach((e, i) => {
		const px = round(x(day(e.date)));
		const push = (c: [number, number]) => {
			const prev = corners[corners.length - 1];
			if (!prev || prev[0] !== c[0] || prev[1] !== c[1]) corners.push(c);
		};
		if (i > 0) push([px, round(y(shown[i - 1]!.km))]);
		push([px, round(y(e.km))]);
	});
	if (last && untilX > round(x(day(last.date)))) corners.push([untilX, round(y(last.km))]);
	const path = line()(corners) ?? '';
	const weeks = sundays(ADVANCE_DOMAIN[0], ADVANCE_DOMAIN[1]);
	const everyOther = width < 480 ? weeks.filter((_, i) => i % 2 === 0) : weeks;
	return {
		width,
		height,
		margin,
		xTicks: everyOther.map((d) => ({ x: round(x(d)), label: dayMonth(d) })),
		yTicks: y
			.ticks(width < 480 ? 4 : 5)
			.map((km) => ({ y: round(y(km)), label: km === 0 ? 'Sirte' : `${km} km` })),
		path,
		untilX,
		points: shown.map((e) => {
			const px = round(x(day(e.date)));
			return {
				id: e.id,
				x: px,
				y: round(y(e.km)),
				label: e.label,
				date: e.date,
				km: e.km,
				estimated: e.estimated,
				hedged: hedged.has(e.claim),
				focused: e.id === state.focus,
				...placeLabel(`${e.label}, ${e.km} km`, px, width - margin.right)
			};
		})
	};
}

/** The data a step shows, as a table: the events revealed up to `state.until`, with who claims each distance. */
export function advanceTable(
	events: readonly AdvanceEvent[],
	claims: readonly Claim[],
	state: AdvanceState
): { caption: string; columns: string[]; rows: string[][] } {
	const byId = new Map(claims.map((c) => [c.id, c]));
	const shown = events.filter((e) => e.date <= state.until);
	return {
		caption: `Where the GNA front line stood, up to ${state.until}`,
		columns: ['Date', 'Event', 'Distance to Sirte', 'Who says so'],
		rows: shown.map((e) => {
			const claim = byId.get(e.claim);
			return [
				e.estimated ? `about ${e.date}` : e.date,
				e.label,
				`${e.km} km`,
				claim ? `${claim.claimant}${claim.hedged ? ' (claimed)' : ''}` : ''
			];
		})
	};
}
