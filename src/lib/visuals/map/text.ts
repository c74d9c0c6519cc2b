/**
 * The campaign diagram in words: its title, a description generated from the layers, and the data table that
 * lists everything drawn (labels hidden for lack of room included). Hedges follow the story's claims.
 */
import type { Basemap } from '../map/types.ts';
import { MONTHS } from '../../content/dates.ts';
import { LAYERS } from './layer-text.ts';
import { layersShown as shown } from './types.ts';

export { ACTORS, FOREIGN_NOTE, type CampaignRow } from './layer-text.ts';

/** The title when no layer reaches past June 2016. */
export const CAMPAIGN_TITLE = 'Forces around Sirte, Libya, May–June 2016';

/** The title, its dates running to the last month the layers shown reach. */
export function campaignTitle(layers: readonly string[]): string {
	const last = Math.max(6, ...shown(layers).map((l) => LAYERS[l].until ?? 6));
	return last === 6 ? CAMPAIGN_TITLE : `Forces around Sirte, Libya, May–${MONTHS[last - 1]} 2016`;
}

const list = (items: string[]) =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;

/** Title and a one-to-three-sentence description of what the diagram shows. */
export function describeCampaign(
	basemap: Basemap,
	state: { layers: readonly string[]; focus?: string }
): { title: string; description: string } {
	const layers = shown(state.layers);
	const focus = basemap.places.find((p) => p.id === state.focus);
	const sentences = [
		"Map of Libya's coast from the Tunisian border to the Egyptian one.",
		layers.length === 0 ? 'No forces are shown.' : `It shows ${list(layers.map((l) => LAYERS[l].phrase))}.`
	];
	if (focus)
		sentences.push(`${focus.name} is highlighted${focus.estimated ? ' (position approximate)' : ''}.`);
	return { title: campaignTitle(state.layers), description: sentences.join(' ') };
}

/** The data table: one row per thing drawn, with its status (carried out, announced, reported). */
export function campaignTable(
	basemap: Basemap,
	state: { layers: readonly string[]; focus?: string }
): { caption: string; columns: string[]; rows: string[][] } {
	const focus = basemap.places.find((p) => p.id === state.focus);
	return {
		caption: `${campaignTitle(state.layers)}: what the map shows${focus ? `, with ${focus.name} highlighted` : ''}`,
		columns: ['Actor', 'What', 'Where', 'Status'],
		rows: shown(state.layers).flatMap((l) => LAYERS[l].rows.map((r) => [r.actor, r.what, r.where, r.status]))
	};
}
