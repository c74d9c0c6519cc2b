/** Types of the campaign diagram: its layers, actors and marks. */
import type { LabelPosition } from '../shared/labels.ts';
import type { MapPoint } from '../map/types.ts';

/** The layers, in drawing order; the story's states are checked against this list (visuals/registry.ts). */
export const CAMPAIGN_LAYERS = [
	'is-held',
	'gna-advance',
	'lna-announced',
	'zilla-clash',
	'lna-derna',
	'pfg-ports',
	'zintan-threat',
	'foreign-forces',
	'pfg-advance',
	'us-airstrikes',
	'lna-ports'
] as const;
export type CampaignLayer = (typeof CAMPAIGN_LAYERS)[number];

/**
 * Layers that a later one makes out of date: when both are switched on, only the later one is drawn, described and
 * listed (the LNA took the Guard's oil ports on 11 September 2016).
 */
export const REPLACED_BY: Partial<Record<CampaignLayer, CampaignLayer>> = { 'pfg-ports': 'lna-ports' };

/** The layers a state draws: known ones, in drawing order, without those a later layer switched on replaces. */
export function layersShown(layers: readonly string[]): CampaignLayer[] {
	return CAMPAIGN_LAYERS.filter((l) => {
		const by = REPLACED_BY[l];
		return layers.includes(l) && !(by && layers.includes(by));
	});
}

/** The forces drawn. `us` is the US air campaign, drawn apart from the other (reported) foreign forces. */
export type Actor = 'gna' | 'is' | 'lna' | 'pfg' | 'foreign' | 'us';

export interface CampaignMark {
	id: string;
	layer: CampaignLayer;
	kind: 'zone' | 'arrow' | 'clash' | 'siege' | 'presence' | 'strike';
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
	/** A point mark (burst, diamond, siege, strike): no label may cover it. */
	solid: boolean;
	/** Width of its outline or shaft, and its dash pattern when dashed, in basemap units (set by `campaignMarks`). */
	stroke: number;
	dash?: string;
}
