import { describe, expect, it } from 'vitest';
import { checkConfig, config, configYaml, refs } from './fixture.ts';
import { mapSpec } from './spec.ts';

/** The fixture's `map:` with one mark of one layer changed. */
function withMark(layer: string, mark: string, change: Record<string, unknown>) {
	return {
		...configYaml,
		layers: configYaml.layers.map((l) =>
			l.id !== layer ? l : { ...l, marks: l.marks.map((m) => (m.id === mark ? { ...m, ...change } : m)) }
		)
	};
}
const issuesOf = (yaml: unknown) =>
	checkConfig(yaml).issues.map(
		(i) => `${i.path.join('.')}: ${i.message}${i.expected ? ` (${i.expected})` : ''}`
	);
const at = (layer: string) => configYaml.layers.findIndex((l) => l.id === layer);

describe('the map spec', () => {
	it('reads the fixture whole: defaults filled in, labels placed, the off-map end of a movement kept', () => {
		const envoys = config.layers.find((l) => l.id === 'envoys')!;
		expect(envoys.note).toBe('Envoys of two more countries were also reported; no places given.');
		expect(envoys.marks.map((m) => [m.id, m.kind, m.status, m.actor])).toEqual([
			['north-envoys', 'event', 'unconfirmed', 'envoys'],
			['south-envoys', 'event', 'unconfirmed', 'envoys'],
			['boats-abroad', 'movement', 'reported', 'envoys']
		]);
		const boats = envoys.marks[2]!;
		expect(boats.kind === 'movement' && [boats.weight, boats.path]).toEqual([
			'light',
			[
				{ place: 'mill', lat: expect.any(Number), lon: 3.4 },
				{ lat: 8.6, lon: 1.8 }
			]
		]);
		const zone = config.layers[0]!.marks[0]!;
		expect(zone.kind === 'zone' && [zone.fill, zone.radius, zone.labelSide, zone.labelAt?.lon]).toEqual([
			'hatched',
			20,
			['s', 'sw', 'se', 'n'],
			4.05
		]);
		const siege = config.layers.find((l) => l.id === 'cape-siege')!.marks[0]!;
		expect(siege.kind === 'event' && siege.from).toEqual(['w', 'sw', 's', 'e']);
	});

	it('lets only the last point of a movement leave the map', () => {
		const off = { lat: 8.6, lon: 1.8 };
		expect(issuesOf(withMark('envoys', 'boats-abroad', { movement: [off, 'mill'] }))).toEqual([
			`map.layers.${at('envoys')}.marks.2.movement.0: 8.6, 1.8 lies outside the map's extent (a point within -2.5–2.5°N, 0–10°E (map.extent), or a wider extent)`
		]);
		expect(issuesOf(withMark('envoys', 'boats-abroad', { movement: ['mill'] }))).toEqual([
			`map.layers.${at('envoys')}.marks.2.movement: wrong value (a list of two places or more)`
		]);
	});

	it('places labels and nudges events only on the map, by pixels within reason', () => {
		expect(issuesOf(withMark('raiders-held', 'raiders-zone', { 'label-at': { lat: 5, lon: 1 } }))).toEqual([
			"map.layers.0.marks.0.label-at: 5, 1 lies outside the map's extent (a point within -2.5–2.5°N, 0–10°E (map.extent), or a wider extent)"
		]);
		const envoys = at('envoys');
		expect(issuesOf(withMark('envoys', 'north-envoys', { offset: [100, 0] }))).toEqual([
			`map.layers.${envoys}.marks.0.offset.0: wrong value (pixels from -60 to 60)`
		]);
		expect(issuesOf(withMark('envoys', 'north-envoys', { offset: 3 }))).toEqual([
			`map.layers.${envoys}.marks.0.offset: wrong value (two numbers, [right, down] in pixels)`
		]);
	});

	it('gives directions to sieges only, and knows its fills, weights and statuses', () => {
		expect(issuesOf(withMark('quarry-clash', 'quarry-clash', { from: ['n'] }))).toEqual([
			`map.layers.${at('quarry-clash')}.marks.0.from: only a siege has directions (symbol: siege, or no "from:")`
		]);
		expect(issuesOf(withMark('raiders-held', 'raiders-zone', { fill: 'striped' }))).toEqual([
			'map.layers.0.marks.0.fill: wrong value (one of "tinted", "hatched")'
		]);
		expect(issuesOf(withMark('envoys', 'boats-abroad', { weight: 'heavy', status: 'rumoured' }))).toEqual([
			`map.layers.${at('envoys')}.marks.2.status: wrong value (one of "reported", "announced", "unconfirmed")`,
			`map.layers.${at('envoys')}.marks.2.weight: wrong value (one of "normal", "light")`
		]);
	});

	it('refuses two marks with one id, even in different layers', () => {
		expect(issuesOf(withMark('quarry-clash', 'quarry-clash', { id: 'raiders-zone' }))).toEqual([
			`map.layers.${at('quarry-clash')}.marks.0.id: duplicate mark id "raiders-zone"`
		]);
	});

	it('puts the names of countries and seas on the map', () => {
		expect(issuesOf({ ...configYaml, water: [{ name: 'Far Sea', lon: 20, lat: 0 }] })).toEqual([
			"map.water.0: Far Sea lies outside the map's extent (a point within -2.5–2.5°N, 0–10°E (map.extent), or a wider extent)"
		]);
	});

	it("checks a step's layers and focus against the configuration", () => {
		const issues: Parameters<ReturnType<typeof mapSpec.state>>[2] = [];
		const state = mapSpec.state(refs, config, () => [])(
			{ layers: ['envoys', 'envoy'], focus: 'mill' },
			[],
			issues
		);
		expect(state).toBe(undefined);
		expect(issues.map((i) => [i.path.join('.'), i.message, i.hint])).toEqual([
			['layers.1', 'unknown layer', 'did you mean "envoys"?']
		]);
	});
});
