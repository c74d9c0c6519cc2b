/**
 * The map diagram's layout: what a step's layers draw on the basemap, with labels placed so none overlap. Pure, and
 * free of geographic libraries: it works on the basemap's projected coordinates, so it runs in the browser.
 */
import { wordsFor } from '../../i18n/locales.ts';
import { placeLabels, type LabelAnchor, type LabelPoint } from '../shared/labels.ts';
import { layoutFurniture, type ScaleBar } from './furniture.ts';
import { distance, round2 } from './geometry.ts';
import { layersDrawn, type MapInput } from './layers.ts';
import type { LegendLayout, NoteLayout } from './legend.ts';
import type { MapMark } from './mark-types.ts';
import { mapMarks } from './marks.ts';
import { pens, type Pens } from './pens.ts';
import type { MapState } from './spec.ts';

export interface MapPlace {
	id: string;
	name: string;
	x: number;
	y: number;
	estimated: boolean;
	focused: boolean;
	/** The capital, drawn as a ringed dot. */
	capital: boolean;
}

export interface MapLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: LabelAnchor;
	hidden: boolean;
	kind: 'place' | 'mark' | 'country' | 'water';
	/** A mark's label is written in its actor's colour. */
	colour?: string;
	focused: boolean;
}

export interface MapLayout {
	width: number;
	height: number;
	/** One CSS pixel at the rendered size, in basemap units (at least 1): multiply stroke widths and radii by it. */
	u: number;
	/** Font size in basemap units: at least 12 CSS pixels at the rendered size, capped for narrow screens. */
	fontSize: number;
	/** Line widths, radii and dashes at the rendered size. */
	pens: Pens;
	marks: MapMark[];
	/** The hatch patterns the marks and the legend use: one per actor with a hatched zone, in its colour. */
	hatches: { actor: string; colour: string }[];
	places: MapPlace[];
	labels: MapLabel[];
	/** The focused place's ring. */
	focus?: { x: number; y: number; r: number };
	legend?: LegendLayout;
	note?: NoteLayout;
	scale?: ScaleBar;
}

const MIN_FONT = 13;
const MAX_FONT = 40;
/** Bold text is about 8% wider. */
const BOLD = 1.08;

/**
 * Lays out the layers of `state` on the basemap for a drawing of `size` CSS pixels (the SVG keeps its aspect ratio,
 * so the narrower of width and height decides the scale). Every coordinate and size is rounded to 0.01 unit.
 */
export function layoutMap(
	input: MapInput,
	state: MapState,
	size: { width: number; height: number }
): MapLayout {
	const basemap = input.basemap!;
	const { config } = input;
	const { width, height } = basemap;
	const rendered = Math.max(1, Math.min(size.width, (size.height * width) / height));
	const fontSize = round2(Math.min(MAX_FONT, Math.max(MIN_FONT, (12 * width) / rendered)));
	const u = round2(fontSize / MIN_FONT);
	const charWidth = fontSize * 0.62;
	const pen = pens(u, fontSize);
	const layers = layersDrawn(input, state);
	const marks = mapMarks(input, layers, u, pen);

	const wanted = new Set([...config.always, ...layers.flatMap((l) => l.places), state.focus ?? '']);
	const places: MapPlace[] = basemap.places
		.filter((p) => wanted.has(p.id))
		.map((p) => ({ ...p, focused: p.id === state.focus, capital: p.id === config.capital }));
	const focused = places.find((p) => p.focused);
	// A symbol drawn on a place: its label and focus ring go around it.
	const under = (p: { x: number; y: number }) =>
		Math.max(0, ...marks.filter((m) => m.solid && distance(m.at, p) < 1).map((m) => m.r));
	const ring = (p: { x: number; y: number }) => round2(Math.max(10 * u, under(p) + 3 * u));

	// The SVG keeps its aspect ratio: the frame's extra height is split between bands above and below the map.
	const spare = Math.max(0, ((size.height * width) / rendered - height) / 2);
	const notes = layers.flatMap((l) => (l.note ? [l.note] : []));
	const words = wordsFor(input.lang).visuals.map;
	const { legend, note, scale, avoid } = layoutFurniture(
		basemap,
		marks,
		{
			actors: input.actors,
			dashed: config.dashed ?? words.dashed,
			note: notes.length ? notes.join(' ') : undefined,
			scale: words.scale
		},
		{ fontSize, charWidth },
		spare,
		pen.corner
	);

	const rank = (layer: string) => 60 + Math.max(0, state.layers.indexOf(layer));
	const points: (LabelPoint & { kind: MapLabel['kind']; colour?: string; focused: boolean })[] = [
		...places.map((p) => ({
			id: `place-${p.id}`,
			x: p.x,
			y: p.y,
			text: p.name,
			width: p.name.length * charWidth * (p.focused ? BOLD : 1),
			radius: p.focused ? ring(p) : Math.max(4 * u, under(p)),
			priority: p.focused ? 100 : config.always.includes(p.id) ? 80 : 50,
			kind: 'place' as const,
			focused: p.focused
		})),
		...marks
			.filter((m) => m.label !== '')
			.map((m) => ({
				id: `mark-${m.id}`,
				x: m.at.x,
				y: m.at.y,
				text: m.label,
				width: m.label.length * charWidth * BOLD,
				// A symbol on the focused place: its label goes outside the focus ring, like the place's.
				radius: focused && m.solid && distance(m.at, focused) < 1 ? ring(focused) : m.r,
				solid: m.solid,
				positions: m.positions,
				priority: rank(m.layer),
				kind: 'mark' as const,
				colour: m.colour,
				focused: false
			})),
		...basemap.countryNames.map((c) => ({
			id: `country-${c.id}`,
			x: c.x,
			y: c.y,
			text: c.name.toUpperCase(),
			width: c.name.length * charWidth * 1.2,
			positions: ['c' as const],
			priority: 10,
			kind: 'country' as const,
			focused: false
		})),
		...basemap.water.map((w) => ({
			id: `water-${w.name}`,
			x: w.x,
			y: w.y,
			text: w.name,
			positions: ['c' as const],
			priority: 5,
			kind: 'water' as const,
			focused: false
		}))
	];
	const placed = placeLabels(points, { fontSize, charWidth, bounds: { width, height }, avoid });
	const hatched = new Set(marks.filter((m) => m.hatched).map((m) => m.actor));

	return {
		width,
		height,
		u,
		fontSize,
		pens: pen,
		marks,
		hatches: input.actors.filter((a) => hatched.has(a.id)).map((a) => ({ actor: a.id, colour: a.colour })),
		places,
		labels: points.map((p, i) => {
			const { x, y, anchor, hidden } = placed[i]!;
			return {
				id: p.id,
				text: p.text,
				x,
				y,
				anchor,
				hidden,
				kind: p.kind,
				...(p.colour ? { colour: p.colour } : {}),
				focused: p.focused
			};
		}),
		focus: focused && { x: focused.x, y: focused.y, r: ring(focused) },
		legend,
		note,
		scale
	};
}
