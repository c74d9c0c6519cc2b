import { didYouMean } from '../content/diagnostics.ts';
import { isoDate, list, object, oneOf, optional, type Check } from '../content/schema.ts';
import type { StoryData } from '../content/types.ts';

/** What the content layer needs to know of a visual: its name and how to check a step's state for it. */
export interface VisualSpec {
	/** Human name, used in titles and diagnostics. */
	name: string;
	/** A state checker, given the story's data so references (event ids, places) can be checked. */
	state(data: StoryData): Check<Record<string, unknown>>;
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

/** The layers of the campaign diagram, in drawing order. */
export const campaignLayers = [
	'is-held',
	'gna-advance',
	'lna-announced',
	'zilla-clash',
	'lna-derna',
	'pfg-ports',
	'zintan-threat',
	'foreign-forces'
] as const;

export const visuals: Record<string, VisualSpec> = {
	advance: {
		name: 'Advance chart',
		state: (data) =>
			object({
				/** Draw the front line up to this date. */
				until: isoDate,
				/** Highlight this advance event. */
				focus: optional(ref('advance event', () => data.advance.map((e) => e.id)))
			})
	},
	casualties: {
		name: 'Casualty bars',
		state: (data) =>
			object({
				/** Which comparisons to show, in order (groups of data/casualties.csv). */
				groups: list(ref('casualty group', () => [...new Set(data.casualties.map((c) => c.group))])),
				/** Highlight the bars of this claim. */
				focus: optional(
					ref('claim with casualty figures', () => [...new Set(data.casualties.map((c) => c.claim))])
				)
			})
	},
	campaign: {
		name: 'Campaign diagram',
		state: (data) =>
			object({
				/** Layers switched on, from campaignLayers. */
				layers: list(oneOf(campaignLayers)),
				/** Place to highlight. */
				focus: optional(ref('place', () => data.places.map((p) => p.id)))
			})
	}
};

export const visualKeys = Object.keys(visuals);
