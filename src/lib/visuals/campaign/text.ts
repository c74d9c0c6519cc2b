/**
 * The campaign diagram in words: its title, a description generated from the layers, and the data table that
 * lists everything drawn (labels hidden for lack of room included). Hedges follow the story's claims.
 */
import type { Basemap } from '../map/types.ts';
import { CAMPAIGN_LAYERS, type Actor, type CampaignLayer } from './types.ts';

export const CAMPAIGN_TITLE = 'Forces around Sirte, Libya, May–June 2016';

/** Actor names: in full for the table, short for the legend, tiny for the legend on a phone. */
export const ACTORS: Record<Actor, { name: string; short: string; tiny: string }> = {
	gna: { name: 'Unity government (GNA) forces', short: 'GNA forces', tiny: 'GNA' },
	is: { name: 'Islamic State', short: 'Islamic State', tiny: 'IS' },
	lna: { name: "Haftar's Libyan National Army (LNA)", short: "Haftar's LNA", tiny: 'LNA' },
	pfg: { name: 'Petroleum Facilities Guard (PFG)', short: 'Oil guard (PFG)', tiny: 'PFG' },
	foreign: { name: 'Foreign forces', short: 'Foreign forces', tiny: 'Foreign' }
};

export interface CampaignRow {
	actor: string;
	what: string;
	where: string;
	status: string;
}

/** What each layer says, as a phrase for the description and as rows for the table. */
const LAYERS: Record<CampaignLayer, { phrase: string; rows: CampaignRow[] }> = {
	'is-held': {
		phrase: 'the stretch of coast around Sirte held by the Islamic State',
		rows: [
			{
				actor: ACTORS.is.name,
				what: 'Held Sirte and the coast around it',
				where: 'From about Buwairat al-Hassun in the west to Bin Jawad in the east',
				status: 'Held in May 2016'
			}
		]
	},
	'gna-advance': {
		phrase: "the GNA forces' advance from Misrata through Abu Grain toward Sirte",
		rows: [
			{
				actor: `${ACTORS.gna.name}, mainly Misratan brigades`,
				what: 'Advance on Sirte (Al-Bunyan Al-Marsoos)',
				where: 'From Misrata through Abu Grain along the coast road toward Sirte',
				status: 'Carried out, from May 2016'
			}
		]
	},
	'lna-announced': {
		phrase: "the LNA's announced two-pronged attack on Sirte, which never came",
		rows: [
			{
				actor: ACTORS.lna.name,
				what: 'Two-pronged attack on Sirte',
				where: 'Toward Sirte from the east and from the south (Zilla); directions schematic',
				status: 'Announced in early May 2016, not carried out'
			}
		]
	},
	'zilla-clash': {
		phrase: 'a clash at Zilla, deep in the desert, on 3 May',
		rows: [
			{
				actor: 'LNA-linked forces against a Benghazi brigade',
				what: 'Clash',
				where: 'Zilla',
				status: 'Fought, 3 May 2016'
			}
		]
	},
	'lna-derna': {
		phrase: "the LNA's siege of Derna, Operation Volcano",
		rows: [
			{
				actor: ACTORS.lna.name,
				what: 'Operation Volcano: siege of Derna',
				where: 'Derna',
				status: 'Carried out, from May 2016'
			}
		]
	},
	'pfg-ports': {
		phrase: 'the oil ports around Ras Lanuf held by the Petroleum Facilities Guard',
		rows: [
			{
				actor: ACTORS.pfg.name,
				what: 'Held the oil ports',
				where: 'Ras Lanuf and the oil crescent (extent schematic)',
				status: 'Held from May 2016 until the LNA took them on 11 September 2016'
			}
		]
	},
	'zintan-threat': {
		phrase: "the LNA chief of staff's threat from Zintan against Tripoli",
		rows: [
			{
				actor: ACTORS.lna.name,
				what: 'Threat to take Tripoli',
				where: 'From Zintan toward Tripoli',
				status: 'Threatened, 24 May 2016'
			}
		]
	},
	'foreign-forces': {
		phrase: 'reported foreign special forces at Misrata and the medical flights to Rome',
		rows: [
			{
				actor: 'British special forces',
				what: 'Destroyed an IS truck bomb',
				where: 'Near Misrata',
				status: 'Reported (The Times, 26 May 2016), not confirmed'
			},
			{
				actor: 'US special forces',
				what: 'Patrols and observation',
				where: 'Misrata',
				status: 'Reported, not confirmed'
			},
			{
				actor: 'French, Italian and Jordanian special forces',
				what: 'Presence in Libya',
				where: 'Not given',
				status: 'Reported, not confirmed'
			},
			{
				actor: 'Italian Air Force',
				what: 'Flew wounded fighters to a military hospital',
				where: 'From Misrata to Rome',
				status: 'Documented, 12 May 2016'
			}
		]
	}
};

/** The note drawn for reports that come without a place. */
export const FOREIGN_NOTE =
	'French, Italian and Jordanian special forces were also reported in Libya; no places given.';

const shown = (layers: readonly string[]) => CAMPAIGN_LAYERS.filter((l) => layers.includes(l));

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
	return { title: CAMPAIGN_TITLE, description: sentences.join(' ') };
}

/** The data table: one row per thing drawn, with its status (carried out, announced, reported). */
export function campaignTable(
	basemap: Basemap,
	state: { layers: readonly string[]; focus?: string }
): { caption: string; columns: string[]; rows: string[][] } {
	const focus = basemap.places.find((p) => p.id === state.focus);
	return {
		caption: `${CAMPAIGN_TITLE}: what the map shows${focus ? `, with ${focus.name} highlighted` : ''}`,
		columns: ['Actor', 'What', 'Where', 'Status'],
		rows: shown(state.layers).flatMap((l) => LAYERS[l].rows.map((r) => [r.actor, r.what, r.where, r.status]))
	};
}
