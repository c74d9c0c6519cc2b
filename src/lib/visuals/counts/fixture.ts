/**
 * A small made-up story for the counts chart's tests: a flood in a river valley, counted by sides who disagree. Four
 * sides and a kind of count the story declares, so nothing can pass by assuming the first story's three.
 */
import type { Actor, Claim } from '../../content/types.ts';
import type { CountsInput } from './count-groups.ts';
import { BUILT_IN_KINDS, type CountReport, type CountsConfig } from './spec.ts';

export const actors: Actor[] = [
	{ id: 'red', name: 'The Red Company', short: 'Red Company', tiny: 'Red', colour: '#1f5f99' },
	{ id: 'blue', name: 'The Blue Company', short: 'Blue Company', tiny: 'BC', colour: '#9c2a00' },
	{
		id: 'residents',
		name: 'Residents of the valley',
		short: 'Residents',
		tiny: 'Residents',
		colour: '#5b5b5b'
	},
	{ id: 'rescue', name: 'Rescue teams', short: 'Rescue teams', tiny: 'Rescue', colour: '#2e6b30' }
];

/** `counts:` as visuals.yaml would give it, before the spec adds the built-in kinds. */
export const configYaml = {
	title: 'Flood counts by who reports them',
	noun: 'flood counts',
	kinds: [{ id: 'breaches', word: 'breaches' }],
	groups: [
		{ id: 'north-bank', title: 'North Bank' },
		{ id: 'dam', title: 'The dam (12 March)' },
		{ id: 'levees', title: 'Levees and shelters' },
		{ id: 'season', title: 'Whole season (March–May)' }
	]
};

export const config: CountsConfig = {
	title: configYaml.title,
	noun: configYaml.noun,
	kinds: { ...BUILT_IN_KINDS, breaches: 'breaches' },
	groups: configYaml.groups
};

export const rows: CountReport[] = [
	{ id: 'h-k', group: 'north-bank', side: 'red', kind: 'killed', count: 7, claim: 'hosp' },
	{ id: 'h-w', group: 'north-bank', side: 'red', kind: 'wounded', count: 19, claim: 'hosp' },
	// Wounded before killed on purpose: bars go in the configuration's order of kinds whatever the data order.
	{ id: 'o-w', group: 'north-bank', side: 'red', kind: 'wounded', count: 10, claim: 'ops' },
	{ id: 'o-k', group: 'north-bank', side: 'red', kind: 'killed', count: 3, claim: 'ops' },
	{ id: 'res', group: 'season', side: 'residents', kind: 'killed', count: 37, claim: 'res' },
	{ id: 'bc', group: 'season', side: 'blue', kind: 'killed', count: 2000, high: 2500, claim: 'bc' },
	{ id: 'dam-k', group: 'dam', side: 'blue', kind: 'killed', count: 100, claim: 'gazette' },
	// Four sides in one claim, and a kind the story declares, listed before the built-in ones.
	{ id: 'l-b', group: 'levees', side: 'rescue', kind: 'breaches', count: 2, claim: 'survey' },
	{ id: 'l-d', group: 'levees', side: 'residents', kind: 'displaced', count: 1464, claim: 'survey' },
	{ id: 'l-kw', group: 'levees', side: 'blue', kind: 'killed-and-wounded', count: 12, claim: 'survey' },
	{ id: 'l-m', group: 'levees', side: 'residents', kind: 'missing', count: 9, claim: 'survey' },
	{ id: 'l-k', group: 'levees', side: 'red', kind: 'dead', count: 4, high: 6, claim: 'survey' }
];

export const claims: Claim[] = [
	{
		id: 'hosp',
		value: '7 killed, 19 wounded',
		claimant: 'Ana Lima, spokesman for the town hospital',
		source: 's1',
		hedged: false
	},
	{
		id: 'ops',
		value: '3 killed, 10 wounded',
		claimant: 'Katarina Novak, river authority, via Daily Wire',
		source: 's2',
		hedged: false
	},
	{ id: 'bc', value: 'about 2,000–2,500 killed', claimant: 'Observers', source: 's3', hedged: false },
	{
		id: 'res',
		value: '37 residents killed',
		claimant: 'Monitor',
		source: 's4',
		hedged: true,
		hedge: 'reportedly'
	},
	{
		id: 'gazette',
		value: '100 killed',
		claimant: 'The Valley Gazette',
		source: 's5',
		hedged: true,
		hedge: 'claims'
	},
	{
		id: 'survey',
		value: '2 breaches, 1,464 displaced, 9 missing, 12 killed and wounded, 4–6 dead',
		claimant: 'Valley survey',
		source: 's6',
		hedged: false
	}
];

export const input: CountsInput = { config, rows, actors, claims, lang: 'en' };
