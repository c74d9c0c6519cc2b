/** Types of the campaign diagram: its layers, actors and marks. */
import type { LabelPosition } from '../shared/labels.ts';
import type { MapPoint } from '../map/types.ts';

/** The layers, in drawing order (the same list as `campaignLayers` in visuals/registry.ts). */
export const CAMPAIGN_LAYERS = [
	'is-held',
	'gna-advance',
	'lna-announced',
	'zilla-clash',
	'lna-derna',
	'pfg-ports',
	'zintan-threat',
	'foreign-forces'
] as const;
export type CampaignLayer = (typeof CAMPAIGN_LAYERS)[number];

export type Actor = 'gna' | 'is' | 'lna' | 'pfg' | 'foreign';

export interface CampaignMark {
	id: string;
	layer: CampaignLayer;
	kind: 'zone' | 'arrow' | 'clash' | 'siege' | 'presence';
	actor: Actor;
	/** Announced, threatened or reported, not done: drawn dashed and hollow. */
	dashed: boolean;
	/** Short text drawn beside the mark; empty for none. */
	label: string;
	/** The mark's outline (zone, burst, diamond, siege ring) or an arrow's shaft, as SVG path data. */
	d: string;
	/** An arrow's head. */
	head?: string;
	/** Where the label hangs, and how far around it the mark reaches. */
	at: MapPoint;
	r: number;
	/** Label positions to try, in order (default: all eight around `at`). */
	positions?: LabelPosition[];
	/** A point mark (burst, diamond, siege): no label may cover it. */
	solid: boolean;
}
