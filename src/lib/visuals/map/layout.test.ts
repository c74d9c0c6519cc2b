import { describe, expect, it } from 'vitest';
import { ALL, config, fixtureBasemap as basemap, input } from './fixture.ts';
import { layersDrawn } from './layers.ts';
import { layoutMap } from './layout.ts';
import type { MapMark } from './mark-types.ts';
import { pens } from './pens.ts';
import type { MapConfig } from './spec.ts';

/** The layers of March: everything before the envoys' layer and the ones after it. */
const MARCH = ALL.slice(0, ALL.indexOf('envoys') + 1);
const desktop = { width: 1000, height: 500 };
const layout = (layers: string[], focus?: string, size = desktop) =>
	layoutMap(input, { layers, focus }, size);
const mark = (layers: string[], id: string) => layout(layers).marks.find((m) => m.id === id)!;
const summary = (m: MapMark) => [m.id, m.kind, m.actor, m.dashed, m.label];
/** Bounding box [minX, maxX, minY, maxY] of a path of absolute commands. */
const bbox = (d: string) => {
	const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	const xs = n.filter((_, i) => i % 2 === 0);
	const ys = n.filter((_, i) => i % 2 === 1);
	return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
};
/** The input with the configuration changed. */
const withConfig = (change: Partial<MapConfig>) => ({ ...input, config: { ...config, ...change } });

describe('layoutMap', () => {
	it('draws only the places always drawn when no layer is on', () => {
		const map = layout([]);
		expect(map.marks).toEqual([]);
		// In the gazetteer's order.
		expect(map.places.map((p) => p.id)).toEqual(['old-town', 'harbour', 'mill', 'cape']);
		expect(map.legend).toBe(undefined);
	});

	it("draws layers in the configuration's order, whatever order the step lists them in", () => {
		expect([
			...new Set(layout(['envoys', 'raiders-held', 'guard-advance']).marks.map((m) => m.layer))
		]).toEqual(['raiders-held', 'guard-advance', 'envoys']);
	});

	it('zone: the rounded hull of circles of its radius in km around its places, in the basemap scale', () => {
		const zone = mark(['raiders-held'], 'raiders-zone');
		expect([...summary(zone), zone.hatched]).toEqual([
			'raiders-zone',
			'zone',
			'raiders',
			false,
			'Raiders',
			true
		]);
		// 20 km at 0.8993 units per km (k / 6371 km at the equator) is 17.99 units: Weir (380, 190) to Fort (520, 230).
		expect(bbox(zone.d)).toEqual([362, 538, 172, 248]);
		// Its label keeps the zone's radius from the point it is given.
		expect([zone.at, zone.r, zone.positions]).toEqual([{ x: 405, y: 198.6 }, 17.99, ['s', 'sw', 'se', 'n']]);
	});

	it("zone: takes the actor's colour, and without a label point hangs its label outside its last circle", () => {
		const zone = mark(['guild-works'], 'guild-zone');
		expect([zone.colour, zone.hatched, zone.at, zone.r]).toEqual([
			'#2e6b30',
			false,
			{ x: 605, y: 262 },
			13.49
		]);
		// From 10 units short of Saltworks (550, 250) toward the Fort, to 55 units east; 13.49 units around.
		expect(bbox(zone.d)).toEqual([528.2, 618.5, 231, 275.5]);
	});

	it('movement: a solid arrow from a place starts clear of its dot, and reaches the place it ends at', () => {
		const advance = mark(['guard-advance'], 'guard-coast');
		expect(summary(advance)).toEqual(['guard-coast', 'arrow', 'guard', false, 'River Guard']);
		// Starts 8 units from the Mill (340, 120) toward the Ford (350, 180); the head's tip on the Milestone.
		expect(advance.d.startsWith('M341.3,127.9')).toBe(true);
		expect(advance.head!.startsWith('M400,195L')).toBe(true);
	});

	it('movement: announced arrows are dashed; through bare points they end on the last one', () => {
		const marks = layout(['clans-announced']).marks;
		expect(marks.map(summary)).toEqual([
			['clans-east', 'arrow', 'clans', true, 'Clans, announced'],
			['clans-south', 'arrow', 'clans', true, '']
		]);
		expect(marks[0]!.head!.startsWith('M509,260L')).toBe(true);
		expect(marks[1]!.head!.startsWith('M445.6,249.4L')).toBe(true);
		// The south prong starts 8 units from the Quarry (490, 390) toward its end.
		expect(marks[1]!.d.startsWith('M487.6,382.4L')).toBe(true);
	});

	it('movement: an announced arrow toward a place stops 12 pixels short of it, its label halfway', () => {
		const threat = mark(['camp-threat'], 'camp-threat');
		expect(summary(threat)).toEqual(['camp-threat', 'arrow', 'clans', true, 'Clans threat']);
		// Hill Camp (170, 150) to the Harbour (220, 80): 8 units from the one, 12 short of the other.
		expect(threat.d).toBe('M174.6,143.5L206.6,98.7');
		expect(threat.head!.startsWith('M213,89.8L')).toBe(true);
		expect(threat.at).toEqual({ x: 193.84, y: 116.63 });
	});

	it('events: a burst and a siege on their places, drawn solid, the siege with a wedge from each side given', () => {
		const marks = layout(['quarry-clash', 'cape-siege']).marks;
		expect(marks.map((m) => [...summary(m), m.at, m.r, m.solid])).toEqual([
			['quarry-clash', 'burst', 'clans', false, 'Clash, 2 March', { x: 490, y: 390 }, 11, true],
			['cape-siege', 'siege', 'clans', false, 'Siege', { x: 800, y: 90 }, 17, true]
		]);
		// A ring of 8 around the Cape (800, 90), and four wedges from 2 to 9 units beyond it.
		expect(marks[1]!.d.match(/M/g)).toHaveLength(5);
		expect(marks[1]!.d.startsWith('M792,90a8,8 0 1,0 16,0a8,8 0 1,0 -16,0M790,90L783,86.5L783,93.5Z')).toBe(
			true
		);
	});

	it('events: diamonds beside their points by a pixel offset, dashed when unconfirmed; an arrow off the map stops at the edge', () => {
		const map = layout(['envoys']);
		expect(map.marks.map(summary)).toEqual([
			['north-envoys', 'diamond', 'envoys', true, 'North, reported'],
			['south-envoys', 'diamond', 'envoys', true, 'South, reported'],
			['boats-abroad', 'arrow', 'envoys', false, 'Boats abroad']
		]);
		// 14 px left of (344.5, 147), and 18 px right and 8 down of the Mill (340, 120).
		expect(map.marks.slice(0, 2).map((m) => m.at)).toEqual([
			{ x: 330.5, y: 147 },
			{ x: 358, y: 128 }
		]);
		// On the line from the Mill (340, 120) to (180, -724.4), where it meets y = 2, 2 px inside the top edge.
		expect(map.marks[2]!.head!.startsWith('M314.3,2L')).toBe(true);
		expect(map.note!.lines.map((l) => l.text).join(' ')).toBe(
			'Envoys of two more countries were also reported; no places given.'
		);
	});

	it('movement: the push west through three towns, its label at its start, and the towns drawn', () => {
		const map = layout(['guild-push']);
		const push = map.marks[0]!;
		expect(map.marks.map(summary)).toEqual([['guild-west', 'arrow', 'guild', false, 'Guild, 1–9 April']]);
		expect(push.d.startsWith('M530,236.7C')).toBe(true);
		expect(push.at).toEqual({ x: 530.03, y: 236.69 });
		expect(push.head!.startsWith('M470,215L')).toBe(true);
		expect(map.places.map((p) => p.id)).toEqual(expect.arrayContaining(['fort', 'orchard', 'bridge']));
	});

	it('events: a solid gun-sight on its place, clear of its dot', () => {
		const sight = mark(['fleet-shelling'], 'fleet-guns');
		expect([...summary(sight), sight.solid, sight.r]).toEqual([
			'fleet-guns',
			'sight',
			'fleet',
			false,
			'Fleet guns',
			true,
			13
		]);
		// A circle of radius 8 around Old Town (430, 200), ticks from 4.5 to 13 units out.
		expect(sight.d).toBe(
			'M422,200a8,8 0 1,0 16,0a8,8 0 1,0 -16,0M430,195.5L430,187M434.5,200L443,200M430,204.5L430,213M425.5,200L417,200'
		);
		// The focus ring and the label go around the sight: 13 + 3 units.
		expect(layout(['fleet-shelling'], 'old-town').focus).toEqual({ x: 430, y: 200, r: 16 });
	});

	it('draws only the layer that replaces another when a state switches on both', () => {
		const map = layout(['guild-works', 'clans-works', 'guild-push']);
		expect(map.marks.map((m) => m.id)).toEqual(['guild-west', 'clans-works']);
		expect(map.labels.map((l) => l.text)).not.toContain('Guild works');
		expect(mark(['clans-works'], 'clans-works').d).toBe(mark(['guild-works'], 'guild-zone').d);
		expect(
			layersDrawn(input, { layers: ['clans-works', 'guild-works', 'raiders-held', 'nonsense'] }).map(
				(l) => l.id
			)
		).toEqual(['raiders-held', 'clans-works']);
	});

	it('gives every mark its stroke from the pens: arrows thick, light ones and rings medium, outlines thin', () => {
		const map = layout(ALL, undefined, { width: 500, height: 1000 });
		const stroke = (id: string) => {
			const m = map.marks.find((x) => x.id === id)!;
			return [m.stroke, m.dash];
		};
		// At 500 px, u = 1.85.
		expect([stroke('guard-coast'), stroke('clans-east'), stroke('boats-abroad')]).toEqual([
			[6.48, undefined],
			[6.48, '11.1 7.4'],
			[4.63, undefined]
		]);
		expect([
			stroke('cape-siege'),
			stroke('fleet-guns'),
			stroke('south-envoys'),
			stroke('clans-works')
		]).toEqual([
			[4.63, undefined],
			[4.63, undefined],
			[2.78, '5.55 3.7'],
			[2.78, undefined]
		]);
	});

	it('pens: widths, radii and dashes at the rendered size, rounded to 0.01 unit (1.5 × 1.85 is 2.78, not 2.7750000000000004)', () => {
		expect(pens(1.85, 24)).toEqual({
			hair: 1.85,
			thin: 2.78,
			medium: 4.63,
			ring: 5.55,
			thick: 6.48,
			halo: 6.72,
			dot: 6.48,
			capital: 11.1,
			hatch: 11.1,
			hatchLine: 4.44,
			corner: 7.4,
			dash: '11.1 7.4',
			dashShort: '5.55 3.7',
			dashLegend: '7.4 5.55'
		});
		expect(layout([], undefined, { width: 500, height: 1000 }).pens).toEqual(pens(1.85, 24));
	});

	it('sizes arrows and symbols in pixels, and zones on the ground: a phone draws the arrows wider, the zone as large', () => {
		const phone = { width: 320, height: 300 };
		const clash = layout(['quarry-clash'], undefined, phone).marks[0]!;
		// At 320 px, u = 2.88: a burst of 11 px is 31.68 units.
		expect(clash.r).toBe(31.68);
		expect(layout(['raiders-held'], undefined, phone).marks[0]!.d).toBe(
			mark(['raiders-held'], 'raiders-zone').d
		);
	});

	it("hatches a zone in its actor's colour: one pattern per actor with a hatched zone", () => {
		expect(layout(ALL).hatches).toEqual([{ actor: 'raiders', colour: '#9c2a00' }]);
		expect(layout(['guild-works']).hatches).toEqual([]);
	});

	it('leaves out a layer whose places the basemap lacks, and one whose actor the story lacks', () => {
		const noQuarry = {
			...input,
			basemap: { ...basemap, places: basemap.places.filter((p) => p.id !== 'quarry') }
		};
		const map = layoutMap(noQuarry, { layers: ['clans-announced', 'quarry-clash', 'cape-siege'] }, desktop);
		expect(map.marks.map((m) => m.id)).toEqual(['cape-siege']);
		const noFleet = { ...input, actors: input.actors.filter((a) => a.id !== 'fleet') };
		expect(
			layoutMap(noFleet, { layers: ['fleet-shelling', 'cape-siege'] }, desktop).marks.map((m) => m.id)
		).toEqual(['cape-siege']);
	});

	it('leaves out a layer with a bare point off the map, but not an arrow that leaves it', () => {
		const layers = config.layers.map((l) =>
			l.id === 'clans-announced'
				? {
						...l,
						marks: l.marks.map((m) =>
							m.kind === 'movement' ? { ...m, path: [{ lat: 9, lon: 5 }, ...m.path] } : m
						)
					}
				: l
		);
		const map = layoutMap(withConfig({ layers }), { layers: ['clans-announced', 'envoys'] }, desktop);
		expect([...new Set(map.marks.map((m) => m.layer))]).toEqual(['envoys']);
	});

	it('sizes text to 12 CSS pixels at the rendered width, from 13 to 40 units', () => {
		const font = (width: number, height: number) =>
			layout(['raiders-held'], undefined, { width, height }).fontSize;
		expect(font(500, 1000)).toBe(24);
		// The map keeps its aspect ratio: a short frame renders it narrower than the frame.
		expect(font(1000, 250)).toBe(24);
		expect(font(320, 400)).toBe(37.5);
		expect(font(1600, 900)).toBe(13);
		expect(font(200, 400)).toBe(40);
	});

	it('scales marks with the text: u is one CSS pixel at 13-unit text', () => {
		expect(layout(['raiders-held'], undefined, { width: 500, height: 1000 }).u).toBe(1.85);
		expect(layout(['raiders-held']).u).toBe(1);
	});

	it('highlights the focused place with a ring, draws it even when no layer names it, and labels it first', () => {
		const map = layout(['raiders-held'], 'bridge', { width: 320, height: 200 });
		// At 320 px, u = 37.5 / 13 = 2.88, and the ring's radius is 10u.
		expect(map.focus).toEqual({ x: 470, y: 215, r: 28.8 });
		expect(map.places.find((p) => p.focused)).toMatchObject({ id: 'bridge', estimated: true });
		expect(map.labels.find((l) => l.id === 'place-bridge')).toMatchObject({ focused: true, hidden: false });
	});

	it('rings the capital, and puts the focus ring around a symbol drawn on the focused place', () => {
		expect(
			layout([])
				.places.filter((p) => p.capital)
				.map((p) => p.id)
		).toEqual(['harbour']);
		// The siege of the Cape reaches 17 units; the ring goes 3 beyond.
		expect(layout(['cape-siege'], 'cape').focus).toEqual({ x: 800, y: 90, r: 20 });
	});

	it('fits every label of the map of March at 1000 px, and hides some at 320 px', () => {
		expect(layout(MARCH).labels.filter((l) => l.hidden && l.kind === 'mark')).toEqual([]);
		expect(layout(ALL).labels.filter((l) => l.hidden && l.kind === 'mark')).toEqual([]);
		const phone = layout(ALL, 'old-town', { width: 320, height: 300 }).labels;
		expect(phone.find((l) => l.id === 'place-old-town')!.hidden).toBe(false);
		expect(phone.filter((l) => l.hidden).length).toBeGreaterThan(0);
	});

	it("writes marks' labels in their actor's colour, and names the countries and seas", () => {
		const labels = layout(['raiders-held']).labels;
		expect(labels.find((l) => l.id === 'mark-raiders-zone')!.colour).toBe('#9c2a00');
		expect(labels.filter((l) => l.kind !== 'place' && l.kind !== 'mark').map((l) => [l.id, l.text])).toEqual([
			['country-ruritania', 'RURITANIA'],
			['water-Inner Sea', 'Inner Sea']
		]);
	});

	it("keys the actors drawn in the story's order, and dashed lines when any mark is dashed", () => {
		expect(layout(['raiders-held', 'guard-advance']).legend!.items.map((i) => i.key)).toEqual([
			'guard',
			'raiders'
		]);
		expect(layout(ALL).legend!.items.map((i) => [i.text, i.colour])).toEqual([
			['River Guard', '#1f5f99'],
			['Raiders', '#9c2a00'],
			['Hill Clans', '#7f5a00'],
			['Salt Guild', '#2e6b30'],
			['Envoys', '#5b3f8c'],
			['Fleet guns', '#4a3f8c'],
			['Dashed: announced or reported', undefined]
		]);
		const own = layoutMap(withConfig({ dashed: 'Dashed: forecast' }), { layers: ['camp-threat'] }, desktop);
		expect(own.legend!.items.map((i) => i.text)).toEqual(['Hill Clans', 'Dashed: forecast']);
	});

	it("keys each actor with a swatch of its first mark's kind: a hatched zone hatched, a sight by its sight, a burst by its line only when it also moves", () => {
		const swatches = (layers: string[]) => layout(layers).legend!.items.map((i) => [i.key, i.swatch]);
		expect(swatches(['raiders-held', 'guard-advance', 'clans-works', 'envoys', 'fleet-shelling'])).toEqual([
			['guard', 'arrow'],
			['raiders', 'hatch'],
			['clans', 'zone'],
			['envoys', 'diamond'],
			['fleet', 'sight'],
			['-dashed', 'dashed']
		]);
		expect(swatches(['quarry-clash', 'guild-push'])).toEqual([
			['clans', 'burst'],
			['guild', 'arrow']
		]);
		expect(swatches(['clans-announced', 'quarry-clash'])).toEqual([
			['clans', 'arrow'],
			['-dashed', 'dashed']
		]);
	});

	it('keys the actors by their tiny names in a band along the bottom when the corner has no room', () => {
		// 320 × 160 px: the map fills the frame, and the legend in the corner would cover a quarter of it.
		const legend = layout(ALL, undefined, { width: 320, height: 160 }).legend!;
		expect(legend.items.map((i) => i.text)).toEqual([
			'RG',
			'Raid',
			'HC',
			'Guild',
			'Env',
			'Fleet',
			'Dashed: announced or reported'
		]);
	});

	it('puts the legend in the corner on a wide frame, and below the map when a tall frame has room', () => {
		const wide = layout(MARCH).legend!.box;
		// 0.6 × 13 = 7.8 units from the right and bottom edges.
		expect(wide.x + wide.width).toBeCloseTo(992.2, 9);
		expect(wide.y + wide.height).toBeCloseTo(492.2, 9);
		// 320 × 800 px: the map is 320 × 160 px, with 1000 units free above and below it.
		expect(layout(ALL, undefined, { width: 320, height: 800 }).legend!.box.y).toBe(511.25);
	});

	it("draws a scale bar of the basemap's length, labelled in km", () => {
		expect(layout([]).scale).toMatchObject({ length: 89.9, label: '100 km' });
	});

	it('gives the same layout for the same inputs', () => {
		expect(layout(ALL, 'old-town')).toEqual(layout(ALL, 'old-town'));
	});
});
