import { didYouMean } from '../content/diagnostics.ts';
import { CAMPAIGN_LAYERS } from './campaign/types.ts';
import { isoDate, list, object, oneOf, optional, type Check } from '../content/schema.ts';

/**
 * The ids a story declares, valid entries or not, for checking references: a row broken for another reason is
 * reported once, where it is, not again at every step that names it.
 */
export interface Known {
	advance: string[];
	casualtyGroups: string[];
	casualtyClaims: string[];
	places: string[];
}

/** What the content layer needs to know of a visual: its name and how to check a step's state for it. */
export interface VisualSpec {
	/** Human name, used in titles and diagnostics. */
	name: string;
	/** A state checker, given the story's declared ids so references (event ids, places) can be checked. */
	state(known: Known): Check<Record<string, unknown>>;
}

/** An id that must name a row of one of the story's datasets. */
const ref =
	(what: string, ids: () => string[]): Check<string> =>
	(v, path, issues) => {
		if (typeof v === 'string' && ids().includes(v)) return v;
		issues.push({
			path,
			message: `unknown ${what}`,
			expected: `an id from ${what}s`,
			found: JSON.stringify(v),
			hint: typeof v === 'string' ? didYouMean(v, ids()) : undefined
		});
		return undefined;
	};

/** The layers of the campaign diagram, in drawing order (defined with the diagram). */
export const campaignLayers = CAMPAIGN_LAYERS;

export const visuals: Record<string, VisualSpec> = {
	advance: {
		name: 'Advance chart',
		state: (known) =>
			object({
				/** Draw the front line up to this date. */
				until: isoDate,
				/** Highlight this advance event. */
				focus: optional(ref('advance event', () => known.advance))
			})
	},
	casualties: {
		name: 'Casualty bars',
		state: (known) =>
			object({
				/** Which comparisons to show, in order (groups of data/casualties.csv). */
				groups: list(ref('casualty group', () => known.casualtyGroups)),
				/** Highlight the bars of this claim. */
				focus: optional(ref('claim with casualty figures', () => known.casualtyClaims))
			})
	},
	campaign: {
		name: 'Campaign diagram',
		state: (known) =>
			object({
				/** Layers switched on, from campaignLayers. */
				layers: list(oneOf(campaignLayers)),
				/** Place to highlight. */
				focus: optional(ref('place', () => known.places))
			})
	}
};

export const visualKeys = Object.keys(visuals);
