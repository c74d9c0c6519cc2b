/**
 * The locator map's layout: the story's places as dots on the basemap, one of them highlighted, with a few names
 * placed so none overlap. Pure; works on the basemap's projected coordinates, so it runs in the browser.
 */
import { placeLabels, type LabelAnchor } from '../shared/labels.ts';
import type { Basemap } from './types.ts';

/** Places named on every locator map, to orient the reader. */
export const LOCATOR_ANCHORS = ['tripoli', 'sirte'];

export interface LocatorLayout {
	/** One CSS pixel at the rendered size, in basemap units (at least 1). */
	u: number;
	/** Font size in basemap units: 12 CSS pixels at the rendered size, within limits. */
	fontSize: number;
	/** Stroke widths in basemap units, rounded to 0.01: dots' outlines, the focus ring, the text halo. */
	strokes: { outline: number; ring: number; halo: number };
	/** Every place, with its dot's radius (bigger when focused). */
	places: { id: string; x: number; y: number; r: number; estimated: boolean; focused: boolean }[];
	labels: { id: string; text: string; x: number; y: number; anchor: LabelAnchor; focused: boolean }[];
	/** The focused place's ring. */
	focus?: { x: number; y: number; r: number };
	title: string;
	description: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Lays out the locator map for a drawing of `size` CSS pixels (the SVG keeps the basemap's aspect ratio). */
export function layoutLocator(
	basemap: Basemap,
	focus: string | undefined,
	size: { width: number; height: number }
): LocatorLayout {
	const { width, height } = basemap;
	const rendered = Math.max(1, Math.min(size.width, (size.height * width) / height));
	const fontSize = round2(Math.min(60, Math.max(13, (12 * width) / rendered)));
	const u = round2(fontSize / 13);
	const places = basemap.places.map((p) => ({
		id: p.id,
		x: p.x,
		y: p.y,
		r: round2((p.id === focus ? 4.5 : 3) * u),
		estimated: p.estimated,
		focused: p.id === focus
	}));
	const focused = basemap.places.find((p) => p.id === focus);
	const named = basemap.places.filter((p) => p.id === focus || LOCATOR_ANCHORS.includes(p.id));
	const points = named.map((p) => ({
		id: p.id,
		x: p.x,
		y: p.y,
		text: p.name,
		radius: (p.id === focus ? 9 : 3) * u,
		priority: p.id === focus ? 2 : 1
	}));
	const libya = basemap.countries.find((c) => c.id === 'libya');
	const country = libya?.label
		? [
				{
					id: 'country-libya',
					...libya.label,
					text: 'LIBYA',
					positions: ['c' as const],
					width: 5 * fontSize * 0.75
				}
			]
		: [];
	const placed = placeLabels([...points, ...country], {
		fontSize,
		charWidth: fontSize * 0.62,
		bounds: { width, height }
	});
	const labels = [...points, ...country]
		.map((p, i) => ({ p, l: placed[i]! }))
		.filter(({ l }) => !l.hidden)
		.map(({ p, l }) => ({
			id: p.id,
			text: p.text,
			x: l.x,
			y: l.y,
			anchor: l.anchor,
			focused: p.id === focus
		}));
	return {
		u,
		fontSize,
		strokes: { outline: round2(1.2 * u), ring: round2(3 * u), halo: round2(fontSize * 0.28) },
		places,
		labels,
		focus: focused && { x: focused.x, y: focused.y, r: round2(9 * u) },
		title: focused ? `Where ${focused.name} is` : 'Places in the story',
		description: focused
			? `Map of Libya's coast, from the Tunisian border to the Egyptian one, with ${focused.name} highlighted${focused.estimated ? ' (position approximate)' : ''} among the story's ${places.length} places.`
			: `Map of Libya's coast, from the Tunisian border to the Egyptian one, with the story's ${places.length} places.`
	};
}
