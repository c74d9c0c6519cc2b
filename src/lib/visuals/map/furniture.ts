/**
 * Where the map diagram's legend, note and scale bar go. When the frame is taller than the map (a phone held
 * upright), the legend goes in the space below the map and the note in the space above it, where they cover
 * nothing; otherwise the legend sits in the bottom-right corner, or across the bottom on a small screen, and the
 * note bottom-left (or nowhere, when it has no room: the data table carries it).
 */
import type { Actor } from '../../content/actors.ts';
import { overlaps, type Rect } from '../shared/labels.ts';
import { round2 } from './geometry.ts';
import {
	layoutLegend,
	layoutNote,
	moveLegend,
	type LegendEntry,
	type LegendLayout,
	type NoteLayout,
	type Swatch
} from './legend.ts';
import type { MapMark, MarkShape } from './mark-types.ts';
import type { Basemap } from './types.ts';

/**
 * An actor's swatch shows the kind of its first mark drawn; a siege is keyed by the actor's line, and so is a burst
 * when the actor also moves on the map (a legend never shows a shape the map does not draw).
 */
const SWATCH: Record<MarkShape, Swatch> = {
	zone: 'zone',
	arrow: 'arrow',
	burst: 'arrow',
	siege: 'arrow',
	diamond: 'diamond',
	sight: 'sight'
};
function swatchOf(mine: readonly MapMark[]): Swatch {
	const first = mine[0]!;
	if (first.kind === 'zone' && first.hatched) return 'hatch';
	if (first.kind === 'burst' && !mine.some((m) => m.kind === 'arrow')) return 'burst';
	return SWATCH[first.kind];
}

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
 * @param words What the furniture says: the actors' names, the legend's entry for dashed marks, the note, and the
 * scale bar's label (the story's words, else its language's).
 * @param spare Height of the empty bands above and below the map in the frame, in basemap units.
 * @param tick Height of the scale bar's end ticks, in basemap units.
 */
export function layoutFurniture(
	basemap: Basemap,
	marks: readonly MapMark[],
	words: { actors: readonly Actor[]; dashed: string; note?: string; scale: (km: number) => string },
	type: { fontSize: number; charWidth: number },
	spare: number,
	tick: number
): Furniture {
	const { width, height } = basemap;
	const pad = type.fontSize * 0.6;
	const inside = (r: Rect) => r.y + r.height <= height;

	// Keyed in the story's order of actors, each by the swatch of its first mark.
	const actors = words.actors.flatMap((a) => {
		const mine = marks.filter((m) => m.actor === a.id);
		return mine.length ? [{ actor: a, key: a.id, swatch: swatchOf(mine), colour: a.colour }] : [];
	});
	// Keyed apart from any actor: no kebab-case id starts with a hyphen.
	const dashed: LegendEntry[] = marks.some((m) => m.dashed)
		? [{ key: '-dashed', swatch: 'dashed', text: words.dashed }]
		: [];
	const entries = (name: 'short' | 'tiny'): LegendEntry[] => [
		...actors.map(({ actor, ...a }) => ({ ...a, text: actor[name] })),
		...dashed
	];
	const full = entries('short');
	let legend: LegendLayout | undefined;
	if (full.length > 0) {
		// Below the map if the frame has room; else in the bottom-right corner if small there; else a band along
		// the bottom with the shortest names.
		const below = layoutLegend(full, { ...type, maxWidth: width - 2 * pad });
		const corner = layoutLegend(full, { ...type, maxWidth: width * 0.43 });
		const band = layoutLegend(entries('tiny'), { ...type, maxWidth: width - 2 * pad });
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
					label: words.scale(basemap.scale.km),
					d: `M0,${round2(-tick)}V0H${basemap.scale.length}V${round2(-tick)}`,
					labelX: round2(basemap.scale.length + type.fontSize * 0.4)
				}
			: undefined;

	let note: NoteLayout | undefined;
	if (words.note) {
		const above = layoutNote(words.note, {
			...type,
			left: pad,
			top: 0,
			maxWidth: width - 2 * pad,
			maxLines: 3
		});
		const bottom = scale && scaleBox ? scaleBox.y - pad / 2 : height - pad;
		const corner = layoutNote(words.note, {
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
