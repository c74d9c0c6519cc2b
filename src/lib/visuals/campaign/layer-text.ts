/**
 * What each layer of the campaign diagram says: a phrase for the description, rows for the data table, and the last
 * month it shows. Hedges and figures follow the story's claims.
 */
import type { Actor, CampaignLayer } from './types.ts';

/** Actor names: in full for the table, short for the legend, tiny for the legend on a phone. */
export const ACTORS: Record<Actor, { name: string; short: string; tiny: string }> = {
	gna: { name: 'Unity government (GNA) forces', short: 'GNA forces', tiny: 'GNA' },
	is: { name: 'Islamic State', short: 'Islamic State', tiny: 'IS' },
	lna: { name: "Haftar's Libyan National Army (LNA)", short: "Haftar's LNA", tiny: 'LNA' },
	pfg: { name: 'Petroleum Facilities Guard (PFG)', short: 'Oil guard (PFG)', tiny: 'PFG' },
	foreign: { name: 'Foreign forces', short: 'Foreign forces', tiny: 'Foreign' },
	us: { name: 'US forces (Operation Odyssey Lightning)', short: 'US air strikes', tiny: 'US' }
};

export interface CampaignRow {
	actor: string;
	what: string;
	where: string;
	status: string;
}

export interface LayerText {
	phrase: string;
	rows: CampaignRow[];
	/** The last month of 2016 it shows (1–12), when later than June. */
	until?: number;
}

/** What each layer says, as a phrase for the description and as rows for the table. */
export const LAYERS: Record<CampaignLayer, LayerText> = {
	'is-held': {
		phrase: 'the stretch of coast around Sirte held by the Islamic State in May',
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
	},
	'pfg-advance': {
		phrase:
			"the Petroleum Facilities Guard's push west from the oil ports, through Bin Jawad (30 May) and Nawfaliya (31 May) to Harawa (9 June)",
		rows: [
			{
				actor: ACTORS.pfg.name,
				what: 'Took Bin Jawad from the Islamic State',
				where: 'Bin Jawad',
				status: 'Carried out, 30 May 2016; five PFG fighters killed (Reuters)'
			},
			{
				actor: ACTORS.pfg.name,
				what: 'Took Nawfaliya from the Islamic State',
				where: 'Nawfaliya, about 130 km from Sirte (Reuters)',
				status: 'Carried out, 31 May 2016'
			},
			{
				actor: ACTORS.pfg.name,
				what: 'Took Harawa from the Islamic State',
				where:
					'Harawa, 70 km east of Sirte (Libyan Gazette, Reuters, Libya Herald) or about 50 km (ANSAmed, Libya Security Monitor); position approximate',
				status: 'Carried out, 9 June 2016'
			}
		]
	},
	'us-airstrikes': {
		phrase: 'the US air strikes on Sirte, from 1 August 2016',
		rows: [
			{
				actor: ACTORS.us.name,
				what: "Air strikes on Islamic State positions, at the unity government's request",
				where: 'Sirte',
				status: "Carried out, 1 August to 19 December 2016: 495 strikes by US Africa Command's own count"
			}
		],
		until: 12
	},
	'lna-ports': {
		phrase:
			'the oil ports around Ras Lanuf held by the LNA, which took them from the Guard on 11 September 2016',
		rows: [
			{
				actor: ACTORS.lna.name,
				what: 'Seized the oil ports from the Petroleum Facilities Guard',
				where: 'Es Sider, Ras Lanuf, Zueitina and Brega (extent schematic)',
				status: 'Carried out, 11 September 2016'
			}
		],
		until: 9
	}
};

/** The note drawn for reports that come without a place. */
export const FOREIGN_NOTE =
	'French, Italian and Jordanian special forces were also reported in Libya; no places given.';
