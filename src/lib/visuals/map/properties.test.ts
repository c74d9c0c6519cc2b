import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIDES, SYMBOLS } from './spec.ts';
import { actors, checkConfig, configYaml, degrees, fixtureBasemap as basemap, input } from './fixture.ts';
import { layersDrawn } from './layers.ts';
import { layoutMap } from './layout.ts';
import type { MapMark } from './mark-types.ts';
import { describeMap, mapTable } from './text.ts';

const placeIds = basemap.places.map((p) => p.id);
/** A point on the map: a place, or a bare point inside the frame. */
const onMap = fc.oneof(
	fc.constantFrom(...placeIds),
	fc
		.record({
			x: fc.double({ min: 0, max: 1000, noNaN: true }),
			y: fc.double({ min: 1, max: 499, noNaN: true })
		})
		.map(({ x, y }) => degrees(x, y))
);
/** Anywhere in the world: a movement's end may leave the map. */
const anywhere = fc.oneof(
	onMap,
	fc.record({
		lat: fc.double({ min: -80, max: 80, noNaN: true }),
		lon: fc.double({ min: -180, max: 180, noNaN: true })
	})
);
const actor = fc.constantFrom(...actors.map((a) => a.id));
const common = {
	actor,
	status: fc.constantFrom('reported', 'announced', 'unconfirmed'),
	label: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
	'label-side': fc.uniqueArray(fc.constantFrom(...SIDES), { minLength: 1 }),
	'label-at': onMap
};
const zone = fc.record(
	{
		zone: fc.array(onMap, { minLength: 1, maxLength: 6 }),
		radius: fc.double({ min: 1, max: 200, noNaN: true }),
		...common,
		fill: fc.constantFrom('tinted', 'hatched')
	},
	{ requiredKeys: ['zone', 'radius'] }
);
const movement = fc.record(
	{
		movement: fc.tuple(fc.array(onMap, { minLength: 1, maxLength: 4 }), anywhere).map(([a, b]) => [...a, b]),
		...common,
		weight: fc.constantFrom('normal', 'light')
	},
	{ requiredKeys: ['movement'] }
);
const event = fc
	.record(
		{
			event: onMap,
			symbol: fc.constantFrom(...SYMBOLS),
			...common,
			offset: fc.tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 })),
			from: fc.uniqueArray(fc.constantFrom(...SIDES), { minLength: 1 })
		},
		{ requiredKeys: ['event', 'symbol'] }
	)
	// Only a siege has directions.
	.map(({ from, ...e }) => (e.symbol === 'siege' && from ? { ...e, from } : e));
const layer = fc.record({
	actor,
	phrase: fc.constant('a layer'),
	places: fc.uniqueArray(fc.constantFrom(...placeIds), { maxLength: 3 }),
	rows: fc.constant([{ what: 'Something', where: 'Somewhere', status: 'Reported' }]),
	marks: fc.array(fc.oneof(zone, movement, event), { minLength: 1, maxLength: 4 })
});
/** A valid `map:` section: the fixture's, with random layers. */
const mapYaml = fc.array(layer, { minLength: 1, maxLength: 5 }).map((layers) => ({
	...configYaml,
	layers: layers.map((l, i) => ({
		...l,
		id: `layer-${i}`,
		marks: l.marks.map((m, j) => ({ ...m, id: `mark-${i}-${j}` }))
	}))
}));
const size = fc.record({
	width: fc.integer({ min: 200, max: 2000 }),
	height: fc.integer({ min: 150, max: 1500 })
});

/** The points a mark's outline or arrow passes through (not an arrow's control points, nor a symbol's outline). */
function keyPoints(m: MapMark): [number, number][] {
	const pairs = (d: string) => {
		const n = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
		return n.flatMap((_, i) => (i % 2 === 0 ? [[n[i]!, n[i + 1]!] as [number, number]] : []));
	};
	if (m.kind === 'zone') return pairs(m.d);
	if (m.kind === 'arrow') {
		// On the curve: the start, and every third point of a cubic Bézier; the head's tip.
		const segments = m.d.split(/(?=[MLC])/);
		const ends = segments.flatMap((s) => pairs(s.slice(1)).slice(s[0] === 'C' ? 2 : 0));
		return [...ends, pairs(m.head!)[0]!];
	}
	return [[m.at.x, m.at.y]];
}

describe('random valid maps', () => {
	it('pass the spec, lay out without throwing, and keep every mark inside the frame', () => {
		const seen = { marks: 0 };
		fc.assert(
			fc.property(
				mapYaml,
				fc.array(fc.nat(), { maxLength: 6 }),
				fc.option(fc.constantFrom(...placeIds)),
				size,
				(yaml, picks, focus, frame) => {
					const { config, issues } = checkConfig(yaml);
					expect(issues).toEqual([]);
					const random = { ...input, config: config! };
					const state = {
						layers: picks.map((i) => config!.layers[i % config!.layers.length]!.id),
						focus: focus ?? undefined
					};
					const map = layoutMap(random, state, frame);
					const outside = map.marks.flatMap((m) =>
						keyPoints(m)
							.filter(
								([x, y]) => !(x >= -0.05 && x <= map.width + 0.05 && y >= -0.05 && y <= map.height + 0.05)
							)
							.map(([x, y]) => `${m.id} (${m.kind}) at ${x},${y}`)
					);
					expect(outside).toEqual([]);
					for (const l of map.labels.filter((l) => !l.hidden)) {
						expect(l.x, l.id).toBeGreaterThanOrEqual(0);
						expect(l.x, l.id).toBeLessThanOrEqual(map.width);
					}
					// The words and the table say exactly what is drawn.
					const drawn = layersDrawn(random, state);
					expect([...new Set(map.marks.map((m) => m.layer))]).toEqual(drawn.map((l) => l.id));
					expect(describeMap(random, state).description.includes('It shows')).toBe(drawn.length > 0);
					expect(mapTable(random, state).rows).toHaveLength(drawn.length);
					seen.marks += map.marks.length;
				}
			),
			{ seed: 20310301, numRuns: 200 }
		);
		// The runs drew something: hundreds of marks.
		expect(seen.marks).toBeGreaterThan(200);
	});
});
