/**
 * A small made-up story for the map diagram's tests: a war along a river coast on the equator, with a hand-made
 * basemap of round numbers (x = 100 units per degree of longitude, the equator at y = 250), so expected positions can
 * be worked out by hand. Its configuration goes through the spec, as a story's `map:` section would.
 */
import type { Actor } from '../../content/actors.ts';
import type { PlaceRef, StoryRefs } from '../../content/kinds.ts';
import type { Issue } from '../../content/schema.ts';
import type { VisualInput } from '../kind.ts';
import { mapSpec, type MapConfig } from './spec.ts';
import type { Basemap, BasemapPlace } from './types.ts';

const K = 18000 / Math.PI;
const at = (id: string, name: string, x: number, y: number, estimated = false): BasemapPlace => ({
	id,
	name,
	x,
	y,
	estimated
});

const places: BasemapPlace[] = [
	at('old-town', 'Old Town', 430, 200),
	at('harbour', 'Harbour', 220, 80),
	at('mill', 'The Mill', 340, 120),
	at('ford', 'Ford', 350, 180),
	at('weir', 'Weir', 380, 190),
	at('milestone', 'Milestone 50', 400, 195, true),
	at('bridge', 'Bridge', 470, 215, true),
	at('orchard', 'Orchard', 505, 230),
	at('fort', 'Fort', 520, 230),
	at('saltworks', 'Saltworks', 550, 250),
	at('quarry', 'Quarry', 490, 390),
	at('cape', 'Cape', 800, 90),
	at('hill-camp', 'Hill Camp', 170, 150)
];

export const fixtureBasemap: Basemap = {
	width: 1000,
	height: 500,
	extent: { west: 0, east: 10, south: -2.5, north: 2.5 },
	// 100 units per degree: k = 100 × 180 / π; the equator at y = 250.
	projection: { k: K, x0: 0, y0: 250 },
	countries: [
		{ id: 'borduria', name: 'Borduria', d: 'M0,0l20,0 0,300 -20,0z' },
		{ id: 'ruritania', name: 'Ruritania', d: 'M20,100l900,0 0,400 -900,0z' }
	],
	subject: 'ruritania',
	coast: 'M20,100l900,0',
	countryNames: [{ id: 'ruritania', name: 'Ruritania', x: 660, y: 360 }],
	water: [{ id: 'inner-sea', name: 'Inner Sea', x: 600, y: 40 }],
	scale: { km: 100, length: 89.9 },
	places
};

/** Where a basemap point lies, in degrees: the fixture's projection run backwards. */
export const degrees = (x: number, y: number) => ({
	lat: ((2 * Math.atan(Math.exp((250 - y) / K)) - Math.PI / 2) * 180) / Math.PI,
	lon: x / 100
});
/** A bare point of a mark, given in basemap units. */
const point = (x: number, y: number) => degrees(x, y);

export const actors: Actor[] = [
	{ id: 'guard', name: 'The River Guard', short: 'River Guard', tiny: 'RG', colour: '#1f5f99' },
	{ id: 'raiders', name: 'The Raiders', short: 'Raiders', tiny: 'Raid', colour: '#9c2a00' },
	{ id: 'bystanders', name: 'Bystanders', short: 'Bystanders', tiny: 'By', colour: '#5b5b5b' },
	{ id: 'clans', name: 'The Hill Clans (HC)', short: 'Hill Clans', tiny: 'HC', colour: '#7f5a00' },
	{ id: 'guild', name: 'The Salt Guild', short: 'Salt Guild', tiny: 'Guild', colour: '#2e6b30' },
	{ id: 'envoys', name: 'Envoys from abroad', short: 'Envoys', tiny: 'Env', colour: '#5b3f8c' },
	{ id: 'fleet', name: 'The Fleet', short: 'Fleet guns', tiny: 'Fleet', colour: '#4a3f8c' }
];

const works = [point(541.68, 244.45), 'saltworks', point(605, 262)];

/** `map:` as a story's visuals.yaml would give it. */
export const configYaml = {
	title: 'The river war',
	period: { from: '2031-03', to: '2031-04' },
	about: 'Map of the river coast from the western hills to the cape.',
	extent: { west: 0, east: 10, south: -2.5, north: 2.5 },
	subject: 'Ruritania',
	always: ['harbour', 'mill', 'old-town', 'cape'],
	capital: 'harbour',
	countries: [{ name: 'Ruritania', ...degrees(660, 360) }],
	water: [{ name: 'Inner Sea', ...degrees(600, 40) }],
	layers: [
		{
			id: 'raiders-held',
			actor: 'raiders',
			phrase: 'the coast around Old Town held by the Raiders in March',
			rows: [
				{ what: 'Held Old Town and the coast', where: 'From the Weir to the Fort', status: 'Held in March' }
			],
			marks: [
				{
					id: 'raiders-zone',
					zone: ['weir', 'old-town', 'bridge', 'orchard', 'fort'],
					radius: 20,
					fill: 'hatched',
					label: 'Raiders',
					'label-at': point(405, 198.6),
					'label-side': ['s', 'sw', 'se', 'n']
				}
			]
		},
		{
			id: 'guard-advance',
			actor: 'guard',
			phrase: "the River Guard's advance from the Mill through the Ford",
			places: ['ford'],
			rows: [
				{
					who: 'The River Guard, mainly boatmen',
					what: 'Advance on Old Town',
					where: 'From the Mill through the Ford',
					status: 'Carried out, from March'
				}
			],
			marks: [
				{
					id: 'guard-coast',
					movement: ['mill', 'ford', 'weir', 'milestone'],
					label: 'River Guard',
					'label-at': point(346, 156),
					'label-side': ['w', 'sw', 'nw']
				}
			]
		},
		{
			id: 'clans-announced',
			actor: 'clans',
			phrase: "the Hill Clans' announced attack on Old Town, which never came",
			rows: [
				{
					what: 'Two-pronged attack',
					where: 'From the east and the south',
					status: 'Announced, not carried out'
				}
			],
			marks: [
				{
					id: 'clans-east',
					movement: [point(635, 298), point(565, 294), point(509, 260)],
					status: 'announced',
					label: 'Clans, announced',
					'label-at': point(635, 298),
					'label-side': ['s', 'se', 'sw', 'e']
				},
				{ id: 'clans-south', movement: ['quarry', point(445.6, 249.4)], status: 'announced' }
			]
		},
		{
			id: 'quarry-clash',
			actor: 'clans',
			phrase: 'a clash at the Quarry on 2 March',
			places: ['quarry'],
			rows: [
				{ who: 'Clansmen against a river brigade', what: 'Clash', where: 'Quarry', status: 'Fought, 2 March' }
			],
			marks: [{ id: 'quarry-clash', event: 'quarry', symbol: 'burst', label: 'Clash, 2 March' }]
		},
		{
			id: 'cape-siege',
			actor: 'clans',
			phrase: "the Clans' siege of the Cape",
			places: ['cape'],
			rows: [{ what: 'Siege of the Cape', where: 'Cape', status: 'Carried out, from March' }],
			marks: [
				{
					id: 'cape-siege',
					event: 'cape',
					symbol: 'siege',
					from: ['w', 'sw', 's', 'e'],
					label: 'Siege',
					'label-side': ['s', 'se', 'sw', 'e', 'w']
				}
			]
		},
		{
			id: 'guild-works',
			actor: 'guild',
			phrase: 'the saltworks held by the Salt Guild',
			places: ['saltworks'],
			rows: [{ what: 'Held the saltworks', where: 'Saltworks', status: 'Held until May' }],
			marks: [
				{
					id: 'guild-zone',
					zone: works,
					radius: 15,
					label: 'Guild works',
					'label-side': ['e', 'ne', 'se', 'n']
				}
			]
		},
		{
			id: 'camp-threat',
			actor: 'clans',
			phrase: "the Clans' threat from the Hill Camp against the Harbour",
			places: ['hill-camp'],
			rows: [
				{ what: 'Threat to take the Harbour', where: 'From the Hill Camp', status: 'Threatened, 24 March' }
			],
			marks: [
				{
					id: 'camp-threat',
					movement: ['hill-camp', 'harbour'],
					status: 'announced',
					label: 'Clans threat',
					'label-side': ['e', 'se', 'w', 'ne']
				}
			]
		},
		{
			id: 'envoys',
			actor: 'envoys',
			phrase: 'envoys reported at the Mill, and the boats that carried the wounded abroad',
			rows: [
				{
					who: 'Envoys of the north',
					what: 'Talks',
					where: 'Near the Mill',
					status: 'Reported, not confirmed'
				},
				{ who: 'Envoys of the south', what: 'Talks', where: 'The Mill', status: 'Reported, not confirmed' },
				{ who: 'Two more envoys', what: 'Presence', where: 'Not given', status: 'Reported, not confirmed' },
				{
					who: 'Hospital boats',
					what: 'Carried the wounded abroad',
					where: 'From the Mill',
					status: 'Documented'
				}
			],
			note: 'Envoys of two more countries were also reported; no places given.',
			marks: [
				{
					id: 'north-envoys',
					event: point(344.5, 147),
					offset: [-14, 0],
					symbol: 'diamond',
					status: 'unconfirmed',
					label: 'North, reported'
				},
				{
					id: 'south-envoys',
					event: 'mill',
					offset: [18, 8],
					symbol: 'diamond',
					status: 'unconfirmed',
					label: 'South, reported'
				},
				{
					id: 'boats-abroad',
					movement: ['mill', { lat: 8.6, lon: 1.8 }],
					weight: 'light',
					label: 'Boats abroad',
					'label-side': ['w', 'e']
				}
			]
		},
		{
			id: 'guild-push',
			actor: 'guild',
			phrase: "the Salt Guild's push west, through the Fort (1 April) to the Bridge (9 April)",
			places: ['fort', 'orchard', 'bridge'],
			rows: [
				{ what: 'Took the Fort', where: 'Fort', status: 'Carried out, 1 April' },
				{ what: 'Took the Orchard', where: 'Orchard', status: 'Carried out, 2 April' },
				{ what: 'Took the Bridge', where: 'Bridge, position approximate', status: 'Carried out, 9 April' }
			],
			marks: [
				{
					id: 'guild-west',
					movement: [point(530.03, 236.69), 'fort', 'orchard', 'bridge'],
					label: 'Guild, 1–9 April',
					'label-at': point(530.03, 236.69),
					'label-side': ['s', 'se', 'sw']
				}
			]
		},
		{
			id: 'fleet-shelling',
			actor: 'fleet',
			phrase: 'the shelling of Old Town from the sea, from August',
			until: '2031-12',
			rows: [{ what: 'Shelled Old Town', where: 'Old Town', status: 'Carried out, August to December' }],
			marks: [
				{
					id: 'fleet-guns',
					event: 'old-town',
					symbol: 'sight',
					label: 'Fleet guns',
					'label-side': ['s', 'sw', 'se', 'n', 'nw', 'ne', 'w', 'e']
				}
			]
		},
		{
			id: 'clans-works',
			actor: 'clans',
			phrase: 'the saltworks held by the Clans, who took them on 11 September',
			places: ['saltworks'],
			replaces: 'guild-works',
			until: '2031-09',
			rows: [{ what: 'Seized the saltworks', where: 'Saltworks', status: 'Carried out, 11 September' }],
			marks: [
				{
					id: 'clans-works',
					zone: works,
					radius: 15,
					label: 'Clan works',
					'label-side': ['e', 'ne', 'se', 'n']
				}
			]
		}
	]
};

/** The fixture's gazetteer and actors, as the content layer hands them to the spec. */
export const refs: StoryRefs = {
	places: places.map((p): PlaceRef => ({ id: p.id, name: p.name, ...degrees(p.x, p.y) })),
	placeIds: places.map((p) => p.id),
	actors: actors.map((a) => a.id),
	claims: []
};

/** The configuration, checked by the spec: a problem with the fixture fails every test that uses it. */
export function checkConfig(yaml: unknown): { config?: MapConfig; issues: Issue[] } {
	const issues: Issue[] = [];
	const config = mapSpec.config(refs)(yaml, ['map'], issues);
	return { config, issues };
}
const checked = checkConfig(configYaml);
if (!checked.config) throw new Error(`the map fixture fails its spec: ${JSON.stringify(checked.issues)}`);
export const config: MapConfig = checked.config;

export const input: VisualInput<MapConfig> = {
	config,
	rows: [],
	actors,
	claims: [],
	basemap: fixtureBasemap,
	lang: 'en'
};
/** Every layer, in drawing order. */
export const ALL = config.layers.map((l) => l.id);
