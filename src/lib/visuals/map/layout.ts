/**
 * The campaign diagram's layout: what a step's layers draw on the basemap, with labels placed so none overlap.
 * Pure, and free of geographic libraries: it works on the basemap's projected coordinates, so it runs in the browser.
 */
import { placeLabels, type LabelAnchor, type LabelPoint } from '../shared/labels.ts';
import type { Basemap } from '../map/types.ts';
import { distance, round2 } from './geometry.ts';
import { layoutFurniture, type ScaleBar } from './furniture.ts';
import type { LegendLayout, NoteLayout } from './legend.ts';
import { campaignMarks, LAYER_PLACES } from './marks.ts';
import { pens, type Pens } from './pens.ts';
import { CAMPAIGN_LAYERS, type Actor, type CampaignLayer, type CampaignMark } from './types.ts';

export { describeCampaign, campaignTable, campaignTitle, CAMPAIGN_TITLE } from './text.ts';
export { CAMPAIGN_LAYERS, type Actor, type CampaignLayer, type CampaignMark, type Pens };

/** What a step asks the campaign diagram to show. */
export interface CampaignState {
	/**
	 * Layers switched on (see CAMPAIGN_LAYERS); drawn in CAMPAIGN_LAYERS order whatever the order given, without a
	 * layer that a later one switched on replaces (REPLACED_BY).
	 */
	layers: readonly string[];
	/** A place id to highlight. */
	focus?: string;
}

export interface CampaignPlace {
	id: string;
	name: string;
	x: number;
	y: number;
	estimated: boolean;
	focused: boolean;
	/** The capital, drawn as a ringed dot. */
	capital: boolean;
}

export interface CampaignLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	anchor: LabelAnchor;
	hidden: boolean;
	kind: 'place' | 'mark' | 'country' | 'water';
	actor?: Actor;
	focused: boolean;
}

export interface CampaignLayout {
	width: number;
	height: number;
	/** One CSS pixel at the rendered size, in basemap units (at least 1): multiply stroke widths and radii by it. */
	u: number;
	/** Font size in basemap units: at least 12 CSS pixels at the rendered size, capped for narrow screens. */
	fontSize: number;
	/** Line widths, radii and dashes at the rendered size. */
	pens: Pens;
	marks: CampaignMark[];
	places: CampaignPlace[];
	labels: CampaignLabel[];
	/** The focused place's ring. */
	focus?: { x: number; y: number; r: number };
	legend?: LegendLayout;
	note?: NoteLayout;
	scale?: ScaleBar;
}

/** Places always drawn, to orient the reader: the capital, Misrata, Sirte and Derna. */
export const BASE_PLACES = ['tripoli', 'misrata', 'sirte', 'derna'];
const MIN_FONT = 13;
const MAX_FONT = 40;
/** Bold text is about 8% wider. */
const BOLD = 1.08;

/**
 * Lays out the layers of `state` on the basemap for a drawing of `size` CSS pixels (the SVG keeps its aspect ratio,
 * so the narrower of width and height decides the scale). Every coordinate and size is rounded to 0.01 unit.
 */
export function layoutCampaign(
	basemap: Basemap,
	state: CampaignState,
	size: { width: number; height: number }
): CampaignLayout {
	const { width, height } = basemap;
	const rendered = Math.max(1, Math.min(size.width, (size.height * width) / height));
	const fontSize = round2(Math.min(MAX_FONT, Math.max(MIN_FONT, (12 * width) / rendered)));
	const u = round2(fontSize / MIN_FONT);
	const charWidth = fontSize * 0.62;
	const pen = pens(u, fontSize);
	const marks = campaignMarks(basemap, state.layers, u, pen);

	const wanted = new Set([...BASE_PLACES, ...marks.flatMap((m) => LAYER_PLACES[m.layer]), state.focus ?? '']);
	const places: CampaignPlace[] = basemap.places
		.filter((p) => wanted.has(p.id))
		.map((p) => ({ ...p, focused: p.id === state.focus, capital: p.id === 'tripoli' }));
	const focused = places.find((p) => p.focused);
	// A burst, siege ring or diamond drawn on a place: its label and focus ring go around it.
	const under = (p: { x: number; y: number }) =>
		Math.max(0, ...marks.filter((m) => m.solid && distance(m.at, p) < 1).map((m) => m.r));
	const ring = (p: { x: number; y: number }) => round2(Math.max(10 * u, under(p) + 3 * u));

	// The SVG keeps its aspect ratio: the frame's extra height is split between bands above and below the map.
	const spare = Math.max(0, ((size.height * width) / rendered - height) / 2);
	const { legend, note, scale, avoid } = layoutFurniture(
		basemap,
		marks,
		{ fontSize, charWidth },
		spare,
		pen.corner
	);

	const rank = (layer: CampaignLayer) => 60 + Math.max(0, state.layers.indexOf(layer));
	const points: (LabelPoint & { kind: CampaignLabel['kind']; actor?: Actor; focused: boolean })[] = [
		...places.map((p) => ({
			id: `place-${p.id}`,
			x: p.x,
			y: p.y,
			text: p.name,
			width: p.name.length * charWidth * (p.focused ? BOLD : 1),
			radius: p.focused ? ring(p) : Math.max(4 * u, under(p)),
			priority: p.focused ? 100 : BASE_PLACES.includes(p.id) ? 80 : 50,
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
				// A point mark on the focused place: its label goes outside the focus ring, like the place's.
				radius: focused && m.solid && distance(m.at, focused) < 1 ? ring(focused) : m.r,
				solid: m.solid,
				positions: m.positions,
				priority: rank(m.layer),
				kind: 'mark' as const,
				actor: m.actor,
				focused: false
			})),
		...basemap.countries
			.flatMap((c) =>
				c.label
					? [
							{
								id: `country-${c.id}`,
								...c.label,
								text: c.name.toUpperCase(),
								width: c.name.length * charWidth * 1.2
							}
						]
					: []
			)
			.map((c) => ({
				...c,
				positions: ['c' as const],
				priority: 10,
				kind: 'country' as const,
				focused: false
			})),
		...(basemap.water ?? []).map((w) => ({
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

	return {
		width,
		height,
		u,
		fontSize,
		pens: pen,
		marks,
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
				actor: p.actor,
				focused: p.focused
			};
		}),
		focus: focused && { x: focused.x, y: focused.y, r: ring(focused) },
		legend,
		note,
		scale
	};
}
