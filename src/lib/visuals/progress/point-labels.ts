/**
 * Labels for the progress chart's points, placed without overlaps by the shared `placeLabels`. The focused point and
 * the latest one must show: they are placed first, trying in turn one line around the point, two lines around it,
 * then one line and two lines above (or below) it, shifted sideways to stay inside the chart, then (with a value)
 * three lines around it and above or below it; one that fits nowhere goes where it covers least. Other labels are one
 * line, and hide when they cannot fit.
 */
import {
	AROUND,
	placeLabels,
	type LabelPosition,
	type LabelOptions,
	type LabelPoint,
	type PlacedLabel,
	type Rect
} from '../shared/labels.ts';
import { formatDate } from '../../i18n/format.ts';
import { wordsFor } from '../../i18n/locales.ts';
import { round } from './dates.ts';

export interface PointLabel {
	id: string;
	x: number;
	y: number;
	/** Radius of the point's mark. */
	r: number;
	/** The label's two parts, "Fort Hale reached" and "25 May": one line joined by " · ", or two lines. */
	parts: [string, string];
	/** Always shown, placed before the others (in input order). */
	must: boolean;
}

/** A placed label, its lines (each with its middle y); `forced` when a must-show label fitted nowhere. */
export type PlacedPointLabel = PlacedLabel & { lines: { text: string; y: number }[]; forced: boolean };

/**
 * ["Fort Hale reached", "25 May"], or ["Landfall", "29 Aug 06:10"], in the language `lang`: "about 17 May" when the
 * date is estimated, and " · 60 mi" when given the value's text.
 */
export function pointLabelParts(
	point: { label: string; date: string; estimated: boolean },
	lang: string,
	value?: string
): [string, string] {
	const date = formatDate(point.date, lang, 'short', { estimated: point.estimated });
	return [
		point.label,
		value === undefined ? date : `${date}${wordsFor(lang).visuals.progress.separator}${value}`
	];
}

/** The thin rectangles a step-shaped line's (horizontal or vertical) segments cover, `thickness` wide. */
export function segmentRects(corners: readonly [number, number][], thickness: number): Rect[] {
	return corners.slice(1).map(([x2, y2], i) => {
		const [x1, y1] = corners[i]!;
		return {
			x: Math.min(x1, x2) - thickness / 2,
			y: Math.min(y1, y2) - thickness / 2,
			width: Math.abs(x2 - x1) + thickness,
			height: Math.abs(y2 - y1) + thickness
		};
	});
}

const mark = (p: PointLabel): Rect => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r });
/** Positions of a label moved sideways to stay inside the chart: above or below its point. */
const SHIFTED: readonly LabelPosition[] = ['n', 's'];

/** The area two rectangles share. */
const shared = (a: Rect, b: Rect) =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
	Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The area of a rectangle outside the chart. */
const outside = (r: Rect, bounds: { width: number; height: number }) =>
	r.width * r.height - shared(r, { x: 0, y: 0, ...bounds });

/**
 * A label that fitted nowhere, moved up or down into the chart where it is short enough: drawn over other marks, it
 * is still read whole, not cut by the frame.
 */
function keepInside(label: PlacedPointLabel, height: number): PlacedPointLabel {
	const { box } = label;
	const dy = box.height > height ? 0 : Math.max(0, -box.y) - Math.max(0, box.y + box.height - height);
	const move = (y: number) => round(y + dy);
	return {
		...label,
		hidden: false,
		y: move(label.y),
		box: { ...box, y: move(box.y) },
		lines: label.lines.map((l) => ({ ...l, y: move(l.y) }))
	};
}

/** Places every point's label, its parts joined as `lang` joins them; returns one result per point, in input order. */
export function placePointLabels(
	points: readonly PointLabel[],
	options: LabelOptions,
	lang: string
): PlacedPointLabel[] {
	const { fontSize, charWidth, bounds } = options;
	const { separator } = wordsFor(lang).visuals.progress;
	const taken: Rect[] = [...(options.avoid ?? [])];
	const placed = new Map<string, PlacedPointLabel>();
	const musts = points.filter((p) => p.must);
	for (const p of musts) {
		const avoid = [...taken, ...points.filter((q) => q.id !== p.id).map(mark)];
		const one = [p.parts.join(separator)];
		const two = [...p.parts];
		// Two lines are placed as one label of twice the font size, as wide as the longer line.
		const attempt = (lines: string[], shifted: boolean, positions = shifted ? SHIFTED : AROUND) => {
			const width = Math.max(...lines.map((l) => l.length)) * charWidth;
			const x = shifted ? Math.min(bounds.width - width / 2, Math.max(width / 2, p.x)) : p.x;
			const point: LabelPoint = { id: p.id, x, y: p.y, text: '', width, radius: p.r, positions };
			const label = placeLabels([point], {
				...options,
				fontSize: fontSize * lines.length,
				gap: options.gap ?? fontSize * 0.3,
				padding: options.padding ?? fontSize * 0.1,
				avoid
			})[0]!;
			const step = fontSize * 1.2;
			const top = label.y - (step * (lines.length - 1)) / 2;
			return { ...label, lines: lines.map((text, i) => ({ text, y: round(top + i * step) })), forced: false };
		};
		// A label with a value may also take three lines ("Fort Hale", "25 May", "60 mi"): long dates with times
		// leave a narrow chart no room for two.
		const three = p.parts[1].includes(separator) ? [p.parts[0], ...p.parts[1].split(separator)] : undefined;
		const shapes: [string[], boolean][] = [
			[one, false],
			[two, false],
			[one, true],
			[two, true],
			...(three
				? ([
						[three, false],
						[three, true]
					] as [string[], boolean][])
				: [])
		];
		let label = shapes.map(([lines, shifted]) => attempt(lines, shifted)).find((l) => !l.hidden);
		if (!label) {
			// It fits nowhere: moved inside the chart where it can be, it goes where it covers least of what it should
			// avoid, and least of it is cut by the chart's edges.
			const candidates = shapes.flatMap(([lines, shifted]) =>
				(shifted ? SHIFTED : AROUND).map((at) => keepInside(attempt(lines, shifted, [at]), bounds.height))
			);
			const cost = (box: Rect) =>
				avoid.reduce((sum, r) => sum + shared(box, r), 0) + outside(box, bounds) * 100;
			const least = candidates.reduce((best, l) => (cost(l.box) < cost(best.box) ? l : best));
			label = { ...least, forced: true };
		}
		placed.set(p.id, label);
		taken.push(label.box);
	}
	const rest = points.filter((p) => !p.must);
	const others = placeLabels(
		rest.map((p) => ({ id: p.id, x: p.x, y: p.y, text: p.parts.join(separator), radius: p.r })),
		{ ...options, avoid: [...taken, ...musts.map(mark)] }
	);
	others.forEach((l, i) =>
		placed.set(l.id, { ...l, lines: [{ text: rest[i]!.parts.join(separator), y: l.y }], forced: false })
	);
	return points.map((p) => placed.get(p.id)!);
}
