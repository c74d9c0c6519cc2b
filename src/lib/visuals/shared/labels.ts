/**
 * Collision-free label placement: each label tries up to eight positions around its point, greedily, highest
 * priority first; a label that fits nowhere is hidden (the visual's data table still lists it). Pure and exact:
 * the same input gives the same placement on the server and in the browser.
 */

export type LabelAnchor = 'start' | 'end' | 'middle';
/** Where a label sits relative to its point: a compass direction, or `c`, centred on it (for area names). */
export type LabelPosition = 'e' | 'w' | 'ne' | 'se' | 'nw' | 'sw' | 'n' | 's' | 'c';

/** The eight positions around a point, in order of preference. */
export const AROUND: readonly LabelPosition[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's'];

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelPoint {
	id: string;
	x: number;
	y: number;
	text: string;
	/** Higher is placed first; default 0. Ties keep input order. */
	priority?: number;
	/** Positions to try, in order; default `AROUND`. */
	positions?: readonly LabelPosition[];
	/** Radius of the mark drawn at the point: its label keeps clear of it. Default 0. */
	radius?: number;
	/** Whether other labels must keep clear of the mark too; default true (false suits a zone or an arrow). */
	solid?: boolean;
	/** Width of the label box; default `text.length × charWidth` (wider for spaced capitals). */
	width?: number;
}

export interface LabelOptions {
	fontSize: number;
	/** Average advance of one character, in the same units (about 0.6 × fontSize for a sans-serif). */
	charWidth: number;
	/** Labels stay inside 0–width, 0–height. */
	bounds: { width: number; height: number };
	/** Areas no label may cover (a legend, a note). */
	avoid?: readonly Rect[];
	/** Space between a mark's edge and its label; default 0.3 × fontSize. */
	gap?: number;
	/** Clear space kept around every label box (its halo); default 0.1 × fontSize. */
	padding?: number;
}

export interface PlacedLabel {
	id: string;
	/** The text's anchor point: draw `<text x y dy="0.35em" text-anchor={anchor}>`; y is the line's middle. */
	x: number;
	y: number;
	anchor: LabelAnchor;
	/** No position fitted: do not draw it. */
	hidden: boolean;
	/** The box the label occupies (its first candidate's when hidden). */
	box: Rect;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** True when two rectangles overlap with positive area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The anchor and box of a label at one position. */
function candidate(p: LabelPoint, position: LabelPosition, width: number, height: number, gap: number) {
	const g = (p.radius ?? 0) + gap;
	const d = g * Math.SQRT1_2;
	const [dx, dy, anchor]: [number, number, LabelAnchor] = {
		e: [g, 0, 'start'],
		w: [-g, 0, 'end'],
		ne: [d, -d - height / 2, 'start'],
		se: [d, d + height / 2, 'start'],
		nw: [-d, -d - height / 2, 'end'],
		sw: [-d, d + height / 2, 'end'],
		n: [0, -g - height / 2, 'middle'],
		s: [0, g + height / 2, 'middle'],
		c: [0, 0, 'middle']
	}[position] as [number, number, LabelAnchor];
	const x = p.x + dx;
	const y = p.y + dy;
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { x: round(x), y: round(y), anchor, box: { x: left, y: y - height / 2, width, height } };
}

/** Places labels without overlaps; returns one result per point, in input order. */
export function placeLabels(points: readonly LabelPoint[], options: LabelOptions): PlacedLabel[] {
	const { fontSize, charWidth, bounds } = options;
	const gap = options.gap ?? fontSize * 0.3;
	const pad = options.padding ?? fontSize * 0.1;
	const height = fontSize * 1.2;
	const grow = (r: Rect): Rect => ({
		x: r.x - pad,
		y: r.y - pad,
		width: r.width + 2 * pad,
		height: r.height + 2 * pad
	});
	const dots = points.map((p) => {
		const r = p.radius ?? 0;
		return {
			id: p.id,
			rect: { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r },
			blocks: r > 0 && p.solid !== false
		};
	});
	const taken: Rect[] = [...(options.avoid ?? [])];
	const order = points
		.map((p, i) => ({ p, i }))
		.sort((a, b) => (b.p.priority ?? 0) - (a.p.priority ?? 0) || a.i - b.i);
	const placed = new Array<PlacedLabel>(points.length);
	for (const { p, i } of order) {
		const width = p.width ?? p.text.length * charWidth;
		const tries = (p.positions ?? AROUND).map((pos) => candidate(p, pos, width, height, gap));
		const fits = tries.find(({ box }) => {
			const halo = grow(box);
			return (
				box.x >= 0 &&
				box.y >= 0 &&
				box.x + box.width <= bounds.width &&
				box.y + box.height <= bounds.height &&
				!taken.some((r) => overlaps(halo, r)) &&
				!dots.some((d) => d.id !== p.id && d.blocks && overlaps(halo, d.rect))
			);
		});
		const chosen = fits ?? tries[0] ?? candidate(p, 'c', width, height, gap);
		if (fits) taken.push(fits.box);
		placed[i] = {
			id: p.id,
			x: chosen.x,
			y: chosen.y,
			anchor: chosen.anchor,
			hidden: !fits,
			box: roundRect(chosen.box)
		};
	}
	return placed;
}

const roundRect = (r: Rect): Rect => ({
	x: round(r.x),
	y: round(r.y),
	width: round(r.width),
	height: round(r.height)
});
