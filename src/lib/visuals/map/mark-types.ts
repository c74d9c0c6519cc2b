/** A mark of the map diagram as the layout hands it to the components: shapes in basemap units, ready to draw. */
import type { LabelPosition } from '../shared/labels.ts';
import type { MapPoint } from './types.ts';

/** What is drawn: a zone, a movement's arrow, or an event's symbol. */
export type MarkShape = 'zone' | 'arrow' | 'burst' | 'siege' | 'diamond' | 'sight';

export interface MapMark {
	id: string;
	/** The layer it belongs to. */
	layer: string;
	kind: MarkShape;
	/** The actor whose colour it takes, and that colour. */
	actor: string;
	colour: string;
	/** Announced or unconfirmed, not done: drawn dashed and hollow. */
	dashed: boolean;
	/** A zone hatched in its colour rather than tinted. */
	hatched: boolean;
	/** Short text drawn beside the mark; empty for none. */
	label: string;
	/** The mark's outline (zone, symbol) or an arrow's shaft, as SVG path data. */
	d: string;
	/** An arrow's head. */
	head?: string;
	/** Where the label hangs, and how far around it the mark reaches. */
	at: MapPoint;
	r: number;
	/** Label positions to try, in order (default: all eight around `at`). */
	positions?: LabelPosition[];
	/** A symbol on a point: no label may cover it. */
	solid: boolean;
	/** Width of its outline or shaft, and its dash pattern when dashed, in basemap units. */
	stroke: number;
	dash?: string;
}
