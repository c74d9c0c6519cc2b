/**
 * The counts chart's bars: one block per group, one row per claim, one bar per figure. Disagreeing claims stay side
 * by side, each on its own row; nothing is summed or averaged.
 */
import { max, sum } from 'd3-array';
import type { Actor } from '../../content/types.ts';
import { wordsFor } from '../../i18n/locales.ts';
import { linear } from '../shared/scale.ts';
import { wrap } from '../shared/wrap.ts';
import { countGroups, type ClaimModel, type CountsInput } from './count-groups.ts';
import type { CountsState } from './spec.ts';

/** A line of text, vertically centred on `y`. */
export interface TextLine {
	text: string;
	y: number;
}

export interface CountBar {
	/** The report id (data/counts.csv). */
	id: string;
	/** The side's actor id: its hatch pattern's. */
	side: string;
	/** The side's colour. */
	colour: string;
	/** The kind of count's id. */
	kind: string;
	/** The solid bar, from zero to `count`. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The lighter extension from `count` to `high`, when the claim gives a range. */
	range: { x: number; width: number } | null;
	/** The value label at the bar's end: "7 killed", "2,000–2,500 killed". */
	label: { text: string; x: number; y: number; anchor: 'start' };
}

/** One claim: its claimant's name above its bars. */
export interface CountRow {
	claim: string;
	hedged: boolean;
	focused: boolean;
	/** Another claim is focused. */
	dimmed: boolean;
	/** Claimant label lines, at x = `x`. */
	x: number;
	lines: TextLine[];
	/** Extent of the row, claimant label included (for the focus rule). */
	top: number;
	bottom: number;
	/** The bars' zero line. */
	zero: { x: number; y1: number; y2: number };
	bars: CountBar[];
}

/** One group of reports of the same event, on its own scale. */
export interface CountBlock {
	group: string;
	heading: TextLine[];
	/** Largest value of the group: the domain of its scale is [0, domainMax]. */
	domainMax: number;
	rows: CountRow[];
}

export interface CountsLayout {
	width: number;
	/** Height the bars use: at most the height given unless text would fall below 12px. */
	height: number;
	fontSize: number;
	/** "Each group is drawn to its own scale.", when there is more than one group. */
	note: TextLine | null;
	blocks: CountBlock[];
	/** What the legend needs: the sides shown (in the story's order), and whether any claim is hedged or any figure a range. */
	sides: Actor[];
	hedged: boolean;
	ranges: boolean;
}

/** Vertical metrics at full size and at the smallest size that keeps text at 12px. */
const FULL = {
	note: 22,
	heading: 22,
	claimant: 18,
	bar: 28,
	thickness: 18,
	claimGap: 6,
	groupGap: 18,
	font: 13
};
const LEAST = {
	note: 16,
	heading: 16,
	claimant: 15,
	bar: 16,
	thickness: 10,
	claimGap: 2,
	groupGap: 8,
	font: 12
};
type Metrics = typeof FULL;
/**
 * Estimated text width per character at 13px (bold headings a little wider); left inset for the focus rule, right
 * padding, gap between a bar and its label, shortest full-scale bar. Exported for the property tests' bounds.
 */
export const TEXT_METRICS = { CHAR: 7, HEADING_CHAR: 7.5, INSET: 10, PAD: 8, GAP: 6, MIN_SPAN: 40 } as const;
const { CHAR, HEADING_CHAR, INSET, PAD, GAP, MIN_SPAN } = TEXT_METRICS;

const round = (n: number) => Math.round(n * 100) / 100;
const lerp = (t: number): Metrics =>
	Object.fromEntries(
		Object.entries(FULL).map(([k, v]) => [k, LEAST[k as keyof Metrics] + (v - LEAST[k as keyof Metrics]) * t])
	) as Metrics;

/**
 * Lays out horizontal bars: one block per state group, one row per claim, one bar per figure, each group on its own
 * linear scale fitted so every value label fits at its bar's end. Rows shrink (text to 12px) to fit `size.height`;
 * `height` says how much was used. Pure: the same inputs give the same numbers.
 */
export function layoutCounts(
	input: CountsInput,
	state: CountsState,
	size: { width: number; height: number }
): CountsLayout {
	const { width } = size;
	const groups = countGroups(input, state);
	const right = width - PAD;
	const span = right - INSET;
	const headings = groups.map((g) => wrap(g.heading, Math.floor((width - PAD) / HEADING_CHAR)));
	const names = groups.map((g) => g.claims.map((c) => wrap(c.short, Math.floor(span / CHAR))));
	const allClaims = groups.flatMap((g) => g.claims);
	const total = (m: Metrics) =>
		(groups.length > 1 ? m.note : 0) +
		sum(headings, (h) => h.length) * m.heading +
		sum(names.flat(), (n) => n.length) * m.claimant +
		sum(allClaims, (c) => c.figures.length) * m.bar +
		allClaims.length * m.claimGap +
		Math.max(0, groups.length - 1) * m.groupGap;
	const full = total(FULL);
	const least = total(LEAST);
	const t = size.height >= full ? 1 : Math.max(0, (size.height - least) / (full - least));
	const m = lerp(t);

	let y = 0;
	const line = (text: string, h: number): TextLine => {
		y += h;
		return { text, y: round(y - h / 2) };
	};
	const note = groups.length > 1 ? line(wordsFor(input.lang).visuals.counts.scaleNote, m.note) : null;
	const blocks = groups.map((g, gi): CountBlock => {
		if (gi > 0) y += m.groupGap;
		const heading = headings[gi]!.map((text) => line(text, m.heading));
		const figures = g.claims.flatMap((c) => c.figures);
		const domainMax = max(figures, (f) => f.end) ?? 0;
		// The widest span for which every label still fits between its bar's end and the right edge.
		const fits = figures
			.filter((f) => f.end > 0)
			.map((f) => ((span - GAP - f.label.length * CHAR) * domainMax) / f.end);
		const reach = Math.max(Math.min(span, ...fits), Math.min(MIN_SPAN, span));
		const x = linear([0, domainMax || 1], [INSET, INSET + reach]);
		const rows = g.claims.map((c: ClaimModel, ci): CountRow => {
			const top = y;
			const lines = names[gi]![ci]!.map((text) => line(text, m.claimant));
			const barsTop = y;
			const bars = c.figures.map((f): CountBar => {
				const { id, kind, count } = f.report;
				const end = x(f.end);
				const bar = {
					id,
					side: f.side.id,
					colour: f.side.colour,
					kind,
					x: INSET,
					y: round(y + (m.bar - m.thickness) / 2),
					width: round(x(count) - INSET),
					height: round(m.thickness),
					range: f.high === null ? null : { x: round(x(count)), width: round(end - x(count)) },
					label: { text: f.label, x: round(end + GAP), y: round(y + m.bar / 2), anchor: 'start' as const }
				};
				y += m.bar;
				return bar;
			});
			const row = {
				claim: c.id,
				hedged: c.hedged,
				focused: c.focused,
				dimmed: c.dimmed,
				x: INSET,
				lines,
				top: round(top),
				bottom: round(y),
				zero: { x: INSET, y1: round(barsTop), y2: round(y) },
				bars
			};
			y += m.claimGap;
			return row;
		});
		return { group: g.id, heading, domainMax, rows };
	});
	return {
		width,
		height: round(total(m)),
		fontSize: round(m.font),
		note,
		blocks,
		sides: shownSides(
			groups.flatMap((g) => g.sides),
			input.actors
		),
		hedged: allClaims.some((c) => c.hedged),
		ranges: allClaims.some((c) => c.figures.some((f) => f.high !== null))
	};
}

/** Each side once, in the story's order of actors (sides it does not declare last). */
function shownSides(sides: readonly Actor[], actors: readonly Actor[]): Actor[] {
	const unique = [...new Map(sides.map((s) => [s.id, s])).values()];
	const rank = (s: Actor) => {
		const i = actors.findIndex((a) => a.id === s.id);
		return i < 0 ? actors.length : i;
	};
	return unique.sort((a, b) => rank(a) - rank(b));
}
