/**
 * Where the campaign diagram's legend, note and scale bar go. When the frame is taller than the map (a phone held
 * upright), the legend goes in the space below the map and the note in the space above it, where they cover
 * nothing; otherwise the legend sits in the bottom-right corner (the empty desert), or across the bottom on a small
 * screen, and the note bottom-left (or nowhere, when it has no room: the data table carries it).
 */
import type { Basemap } from '../map/types.ts';
import { overlaps, type Rect } from '../shared/labels.ts';
import { round2 } from './geometry.ts';
import {
	layoutLegend,
	layoutNote,
	moveLegend,
	type LegendLayout,
	type NoteLayout,
	type Swatch
} from './legend.ts';
import { ACTORS, FOREIGN_NOTE } from './layer-text.ts';
import type { Actor, CampaignMark } from './types.ts';

const ACTOR_ORDER: Actor[] = ['gna', 'is', 'lna', 'pfg', 'foreign', 'us'];
const DASHED = 'Dashed: announced or reported';
/** An actor's swatch shows the kind of its first mark drawn; a clash or a siege is keyed by the actor's line. */
const SWATCH: Record<CampaignMark['kind'], Swatch> = {
	zone: 'zone',
	arrow: 'arrow',
	clash: 'arrow',
	siege: 'arrow',
	presence: 'diamond',
	strike: 'sight'
};
const swatchOf = (first: CampaignMark): Swatch =>
	first.kind === 'zone' && first.actor === 'is' ? 'hatch' : SWATCH[first.kind];

/** The scale bar: its left end at (x, y), `length` units long; its path (with end ticks) and label from there. */
export interface ScaleBar {
	x: number;
	y: number;
	length: number;
	label: string;
	d: string;
	labelX: number;
}

export interface Furniture {
	legend?: LegendLayout;
	note?: NoteLayout;
	scale?: ScaleBar;
	/** Boxes inside the map that labels must avoid. */
	avoid: Rect[];
}

/**
 * @param spare Height of the empty bands above and below the map in the frame, in basemap units.
 * @param tick Height of the scale bar's end ticks, in basemap units.
 */
export function layoutFurniture(
	basemap: Basemap,
	marks: readonly CampaignMark[],
	type: { fontSize: number; charWidth: number },
	spare: number,
	tick: number
): Furniture {
	const { width, height } = basemap;
	const pad = type.fontSize * 0.6;
	const inside = (r: Rect) => r.y + r.height <= height;

	const actors = ACTOR_ORDER.flatMap((a) => {
		const first = marks.find((m) => m.actor === a);
		return first ? [{ key: a, swatch: swatchOf(first) }] : [];
	});
	const dashed = marks.some((m) => m.dashed)
		? [{ key: 'dashed' as const, swatch: 'dashed' as const, text: DASHED }]
		: [];
	const full = [...actors.map((a) => ({ ...a, text: ACTORS[a.key].short })), ...dashed];
	let legend: LegendLayout | undefined;
	if (full.length > 0) {
		// Below the map if the frame has room; else in the bottom-right corner if small there; else a band along
		// the bottom with the shortest names.
		const below = layoutLegend(full, { ...type, maxWidth: width - 2 * pad });
		const corner = layoutLegend(full, { ...type, maxWidth: width * 0.43 });
		const tiny = [...actors.map((a) => ({ ...a, text: ACTORS[a.key].tiny })), ...dashed];
		const band = layoutLegend(tiny, { ...type, maxWidth: width - 2 * pad });
		legend =
			below.box.height + pad <= spare
				? moveLegend(below, pad, height + pad / 2)
				: corner.box.height <= height / 4
					? moveLegend(corner, width - pad - corner.box.width, height - pad - corner.box.height)
					: moveLegend(band, pad, height - pad - band.box.height);
	}
	const clear = (r: Rect) => r.x >= 0 && r.y >= -spare && !(legend && overlaps(r, legend.box));

	const scaleBox = basemap.scale && {
		x: pad,
		y: height - pad - type.fontSize * 1.2,
		width: basemap.scale.length + type.fontSize * 4,
		height: type.fontSize * 1.2
	};
	const scale: ScaleBar | undefined =
		basemap.scale && scaleBox && clear(scaleBox)
			? {
					x: round2(pad),
					y: round2(height - pad - type.fontSize * 0.3),
					length: basemap.scale.length,
					label: `${basemap.scale.km} km`,
					d: `M0,${round2(-tick)}V0H${basemap.scale.length}V${round2(-tick)}`,
					labelX: round2(basemap.scale.length + type.fontSize * 0.4)
				}
			: undefined;

	let note: NoteLayout | undefined;
	if (marks.some((m) => m.layer === 'foreign-forces')) {
		const above = layoutNote(FOREIGN_NOTE, {
			...type,
			left: pad,
			top: 0,
			maxWidth: width - 2 * pad,
			maxLines: 3
		});
		const bottom = scale && scaleBox ? scaleBox.y - pad / 2 : height - pad;
		const corner = layoutNote(FOREIGN_NOTE, {
			...type,
			left: pad,
			top: 0,
			maxWidth: width * 0.38,
			maxLines: 4
		});
		if (above && above.box.height + pad <= spare) note = moveNote(above, -pad / 2 - above.box.height);
		else if (corner && clear({ ...corner.box, y: bottom - corner.box.height }))
			note = moveNote(corner, bottom - corner.box.height);
	}
	const avoid = [legend?.box, note?.box, scale && scaleBox].filter(
		(r): r is Rect => r !== undefined && inside(r)
	);
	return { legend, note, scale, avoid };
}

/** A note moved so its box's top is at y. */
function moveNote(note: NoteLayout, y: number): NoteLayout {
	const dy = y - note.box.y;
	return {
		...note,
		y: round2(note.y + dy),
		lines: note.lines.map((l) => ({ ...l, y: round2(l.y + dy) })),
		box: { ...note.box, y: round2(y) }
	};
}
