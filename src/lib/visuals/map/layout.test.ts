import { describe, expect, it } from 'vitest';
import {
	CAMPAIGN_LAYERS,
	campaignTable,
	describeCampaign,
	layoutCampaign,
	type CampaignMark
} from './campaign.ts';
import { pens } from './pens.ts';
import { layersShown } from './types.ts';
import { fixtureBasemap as basemap } from '../map/test-fixture.ts';

const ALL = [...CAMPAIGN_LAYERS];
/** The layers of late May 2016: the full map of chapter 3 and 4. */
const MAY = ALL.slice(0, ALL.indexOf('foreign-forces') + 1);
const desktop = { width: 1000, height: 500 };
const layout = (layers: string[], focus?: string, size = desktop) =>
	layoutCampaign(basemap, { layers, focus }, size);
const mark = (layers: string[], id: string) => layout(layers).marks.find((m) => m.id === id)!;
const summary = (m: CampaignMark) => [m.id, m.kind, m.actor, m.dashed, m.label];
/** Bounding box [minX, maxX, minY, maxY] of a path of absolute commands. */
const bbox = (d: string) => {
	const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	const xs = n.filter((_, i) => i % 2 === 0);
	const ys = n.filter((_, i) => i % 2 === 1);
	return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
};

describe('layoutCampaign', () => {
	it('draws only the orienting places when no layer is on', () => {
		const map = layout([]);
		expect(map.marks).toEqual([]);
		expect(map.places.map((p) => p.id)).toEqual(['sirte', 'tripoli', 'misrata', 'derna']);
		expect(map.legend).toBe(undefined);
	});

	it('draws layers in drawing order, whatever order the step lists them in', () => {
		expect([
			...new Set(layout(['foreign-forces', 'is-held', 'gna-advance']).marks.map((m) => m.layer))
		]).toEqual(['is-held', 'gna-advance', 'foreign-forces']);
	});

	it('is-held: shades the coast from Buwairat al-Hassun to Bin Jawad, 18 units either side', () => {
		const zone = mark(['is-held'], 'is-zone');
		expect(summary(zone)).toEqual(['is-zone', 'zone', 'is', false, 'Islamic State']);
		// Buwairat (380, 190) to Bin Jawad (520, 230), Sirte (430, 200) between.
		expect(bbox(zone.d)).toEqual([362, 538, 172, 248]);
	});

	it('gna-advance: one solid arrow from Misrata through Abu Grain, its tip at the 50 km checkpoint', () => {
		const advance = mark(['gna-advance'], 'gna-coast');
		expect(summary(advance)).toEqual(['gna-coast', 'arrow', 'gna', false, 'GNA forces']);
		// Starts 8 units from Misrata (340, 120) toward Abu Grain (350, 180).
		expect(advance.d.startsWith('M341.3,127.9')).toBe(true);
		expect(advance.head!.startsWith('M400,195L')).toBe(true);
	});

	it('lna-announced: two dashed arrows, from the east and from Zilla, that stop short of the IS-held coast', () => {
		const marks = layout(['lna-announced']).marks;
		expect(marks.map(summary)).toEqual([
			['lna-east', 'arrow', 'lna', true, 'LNA, announced'],
			['lna-south', 'arrow', 'lna', true, '']
		]);
		// 74% of the way from Zilla (490, 390) to Sirte (430, 200): below the zone's edge at y = 248.
		expect(marks[1]!.head!.startsWith('M445.6,249.4L')).toBe(true);
		expect(marks[0]!.head!.startsWith('M509,260L')).toBe(true);
	});

	it('zilla-clash and lna-derna: what the LNA did, drawn solid, on Zilla and Derna', () => {
		const marks = layout(['zilla-clash', 'lna-derna']).marks;
		expect(marks.map((m) => [...summary(m), m.at])).toEqual([
			['zilla-clash', 'clash', 'lna', false, 'Clash, 3 May', { x: 490, y: 390 }],
			['lna-derna', 'siege', 'lna', false, 'Operation Volcano', { x: 800, y: 90 }]
		]);
	});

	it('pfg-ports: a zone around Ras Lanuf held by the Petroleum Facilities Guard', () => {
		const zone = mark(['pfg-ports'], 'pfg-zone');
		expect(summary(zone)).toEqual(['pfg-zone', 'zone', 'pfg', false, 'PFG oil ports']);
		// From 10 units short of Ras Lanuf (550, 250) toward Bin Jawad, to 55 units east; 14 units around.
		expect(bbox(zone.d)).toEqual([527.7, 619, 230.5, 276]);
	});

	it('zintan-threat: a dashed arrow from Zintan that stops 12 units short of Tripoli', () => {
		const threat = mark(['zintan-threat'], 'zintan-threat');
		expect(summary(threat)).toEqual(['zintan-threat', 'arrow', 'lna', true, 'LNA threat']);
		expect(threat.head!.startsWith('M213,89.8L')).toBe(true);
	});

	it('foreign-forces: reported UK and US forces dashed, the medevac to Rome solid and off the top edge', () => {
		const map = layout(['foreign-forces']);
		expect(map.marks.map(summary)).toEqual([
			['uk-forces', 'presence', 'foreign', true, 'UK, reported'],
			['us-forces', 'presence', 'foreign', true, 'US, reported'],
			['medevac-rome', 'arrow', 'foreign', false, 'Medevac to Rome']
		]);
		// On the line from Misrata (340, 120) to Rome (180, -600), where it meets y = 2.
		expect(map.marks[2]!.head!.startsWith('M313.8,2L')).toBe(true);
		expect(map.note!.lines.map((l) => l.text).join(' ')).toBe(
			'French, Italian and Jordanian special forces were also reported in Libya; no places given.'
		);
	});

	it('pfg-advance: one solid arrow from the oil ports through Bin Jawad and Nawfaliya, its tip at Harawa', () => {
		const map = layout(['pfg-advance']);
		const push = map.marks[0]!;
		expect(map.marks.map(summary)).toEqual([['pfg-west', 'arrow', 'pfg', false, 'PFG, 30 May–9 June']]);
		// Starts at the ports' western edge, 24 units from Ras Lanuf (550, 250) toward Bin Jawad (520, 230).
		expect(push.d.startsWith('M530,236.7C')).toBe(true);
		expect(push.at).toEqual({ x: 530.03, y: 236.69 });
		expect(push.head!.startsWith('M470,215L')).toBe(true);
		expect(map.places.map((p) => p.id)).toEqual(expect.arrayContaining(['bin-jawad', 'nawfaliya', 'harawa']));
	});

	it('us-airstrikes: a solid gun-sight on Sirte, clear of its dot, in its own US style', () => {
		const strike = mark(['us-airstrikes'], 'us-strikes');
		expect([...summary(strike), strike.solid, strike.r]).toEqual([
			'us-strikes',
			'strike',
			'us',
			false,
			'US air strikes',
			true,
			13
		]);
		// A circle of radius 8 around Sirte (430, 200), ticks from 4.5 to 13 units out.
		expect(strike.d).toBe(
			'M422,200a8,8 0 1,0 16,0a8,8 0 1,0 -16,0M430,195.5L430,187M434.5,200L443,200M430,204.5L430,213M425.5,200L417,200'
		);
		// The focus ring and the label go around the sight: 13 + 3 units.
		expect(layout(['us-airstrikes'], 'sirte').focus).toEqual({ x: 430, y: 200, r: 16 });
	});

	it('lna-ports: the oil ports zone, held by the LNA and drawn solid', () => {
		const zone = mark(['lna-ports'], 'lna-ports');
		expect([...summary(zone), zone.dash]).toEqual([
			'lna-ports',
			'zone',
			'lna',
			false,
			'LNA oil ports',
			undefined
		]);
		expect(zone.d).toBe(mark(['pfg-ports'], 'pfg-zone').d);
	});

	it('draws only the LNA-held ports when a state switches on both holders of the ports', () => {
		const map = layout(['pfg-ports', 'lna-ports', 'pfg-advance']);
		expect(map.marks.map((m) => m.id)).toEqual(['pfg-west', 'lna-ports']);
		expect(map.labels.map((l) => l.text)).not.toContain('PFG oil ports');
		expect(layersShown(['lna-ports', 'pfg-ports', 'is-held', 'nonsense'])).toEqual(['is-held', 'lna-ports']);
		expect(layersShown(['pfg-ports'])).toEqual(['pfg-ports']);
	});

	it('gives every mark its stroke from the pens: arrows thick, rings medium, outlines thin, dashes when dashed', () => {
		const map = layout(ALL, undefined, { width: 500, height: 1000 });
		const stroke = (id: string) => {
			const m = map.marks.find((x) => x.id === id)!;
			return [m.stroke, m.dash];
		};
		// At 500 px, u = 1.85.
		expect([stroke('gna-coast'), stroke('lna-east'), stroke('medevac-rome')]).toEqual([
			[6.48, undefined],
			[6.48, '11.1 7.4'],
			[4.63, undefined]
		]);
		expect([stroke('lna-derna'), stroke('us-strikes'), stroke('us-forces'), stroke('lna-ports')]).toEqual([
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

	it('leaves out a layer whose places the basemap lacks', () => {
		const noZilla = { ...basemap, places: basemap.places.filter((p) => p.id !== 'zilla') };
		const map = layoutCampaign(noZilla, { layers: ['lna-announced', 'zilla-clash', 'lna-derna'] }, desktop);
		expect(map.marks.map((m) => m.id)).toEqual(['lna-derna']);
	});

	it('sizes text to 12 CSS pixels at the rendered width, from 13 to 40 units', () => {
		const font = (width: number, height: number) =>
			layout(['is-held'], undefined, { width, height }).fontSize;
		expect(font(500, 1000)).toBe(24);
		// The map keeps its aspect ratio: a short frame renders it narrower than the frame.
		expect(font(1000, 250)).toBe(24);
		expect(font(320, 400)).toBe(37.5);
		expect(font(1600, 900)).toBe(13);
		expect(font(200, 400)).toBe(40);
	});

	it('scales marks with the text: u is one CSS pixel at 13-unit text', () => {
		expect(layout(['is-held'], undefined, { width: 500, height: 1000 }).u).toBe(1.85);
		expect(layout(['is-held']).u).toBe(1);
	});

	it('highlights the focused place with a ring, draws it even when no layer names it, and labels it first', () => {
		const map = layout(['is-held'], 'harawa', { width: 320, height: 200 });
		// At 320 px, u = 37.5 / 13 = 2.88, and the ring's radius is 10u.
		expect(map.focus).toEqual({ x: 470, y: 215, r: 28.8 });
		expect(map.places.find((p) => p.focused)).toMatchObject({ id: 'harawa', estimated: true });
		expect(map.labels.find((l) => l.id === 'place-harawa')).toMatchObject({ focused: true, hidden: false });
	});

	it('puts the focus ring around a mark drawn on the focused place', () => {
		// The siege of Derna reaches 17 units; the ring goes 3 beyond.
		expect(layout(['lna-derna'], 'derna').focus).toEqual({ x: 800, y: 90, r: 20 });
	});

	it('fits every label of the full map of May at 1000 px, and hides some at 320 px', () => {
		expect(layout(MAY).labels.filter((l) => l.hidden)).toEqual([]);
		expect(layout(ALL).labels.filter((l) => l.hidden && l.kind === 'mark')).toEqual([]);
		const phone = layout(ALL, 'sirte', { width: 320, height: 300 }).labels;
		expect(phone.find((l) => l.id === 'place-sirte')!.hidden).toBe(false);
		expect(phone.filter((l) => l.hidden).length).toBeGreaterThan(0);
	});

	it('keys the actors shown, and dashed lines when any mark is dashed', () => {
		expect(layout(['is-held', 'gna-advance']).legend!.items.map((i) => i.key)).toEqual(['gna', 'is']);
		expect(layout(ALL).legend!.items.map((i) => i.text)).toEqual([
			'GNA forces',
			'Islamic State',
			"Haftar's LNA",
			'Oil guard (PFG)',
			'Foreign forces',
			'US air strikes',
			'Dashed: announced or reported'
		]);
	});

	it("keys each actor with a swatch of its first mark's kind: the US air strikes by their sight, apart from colour", () => {
		const swatches = (layers: string[]) => layout(layers).legend!.items.map((i) => [i.key, i.swatch]);
		expect(swatches(['is-held', 'gna-advance', 'lna-ports', 'foreign-forces', 'us-airstrikes'])).toEqual([
			['gna', 'arrow'],
			['is', 'hatch'],
			['lna', 'zone'],
			['foreign', 'diamond'],
			['us', 'sight'],
			['dashed', 'dashed']
		]);
		expect(swatches(['lna-announced', 'lna-ports', 'pfg-advance'])).toEqual([
			['lna', 'arrow'],
			['pfg', 'arrow'],
			['dashed', 'dashed']
		]);
	});

	it('puts the legend in the corner on a wide frame, and below the map when a tall frame has room', () => {
		const wide = layout(ALL).legend!.box;
		// 0.6 × 13 = 7.8 units from the right and bottom edges.
		expect(wide.x + wide.width).toBeCloseTo(992.2, 9);
		expect(wide.y + wide.height).toBeCloseTo(492.2, 9);
		// 320 × 800 px: the map is 320 × 160 px, with 1000 units free above and below it.
		expect(layout(ALL, undefined, { width: 320, height: 800 }).legend!.box.y).toBe(511.25);
	});

	it('gives the same layout for the same inputs', () => {
		expect(layout(ALL, 'sirte')).toEqual(layout(ALL, 'sirte'));
	});
});

describe('describeCampaign', () => {
	it('says what the layers show, and what is highlighted', () => {
		expect(describeCampaign(basemap, { layers: ['is-held'], focus: 'sirte' })).toEqual({
			title: 'Forces around Sirte, Libya, May–June 2016',
			description:
				"Map of Libya's coast from the Tunisian border to the Egyptian one. It shows the stretch of coast around Sirte held by the Islamic State in May. Sirte is highlighted."
		});
	});

	it('runs the title to the last month shown, and describes the later layers', () => {
		const text = (layers: string[]) => describeCampaign(basemap, { layers });
		expect(text(['pfg-advance']).title).toBe('Forces around Sirte, Libya, May–June 2016');
		expect(text(['is-held', 'lna-ports']).title).toBe('Forces around Sirte, Libya, May–September 2016');
		expect(text(['lna-ports', 'us-airstrikes'])).toEqual({
			title: 'Forces around Sirte, Libya, May–December 2016',
			description:
				"Map of Libya's coast from the Tunisian border to the Egyptian one. It shows the US air strikes on Sirte, from 1 August 2016; and the oil ports around Ras Lanuf held by the LNA, which took them from the Guard on 11 September 2016."
		});
		expect(text(['pfg-ports', 'pfg-advance', 'lna-ports']).description).toBe(
			"Map of Libya's coast from the Tunisian border to the Egyptian one. It shows the Petroleum Facilities Guard's push west from the oil ports, through Bin Jawad (30 May) and Nawfaliya (31 May) to Harawa (9 June); and the oil ports around Ras Lanuf held by the LNA, which took them from the Guard on 11 September 2016."
		);
	});

	it('joins several layers in drawing order, and says the LNA attack never came', () => {
		expect(describeCampaign(basemap, { layers: ['lna-announced', 'gna-advance'] }).description).toBe(
			"Map of Libya's coast from the Tunisian border to the Egyptian one. It shows the GNA forces' advance from Misrata through Abu Grain toward Sirte; and the LNA's announced two-pronged attack on Sirte, which never came."
		);
	});

	it('flags an approximate position, and says when nothing is shown', () => {
		expect(describeCampaign(basemap, { layers: [], focus: 'harawa' }).description).toBe(
			"Map of Libya's coast from the Tunisian border to the Egyptian one. No forces are shown. Harawa is highlighted (position approximate)."
		);
	});
});

describe('campaignTable', () => {
	it('lists who, what, where and status for every layer shown', () => {
		expect(campaignTable(basemap, { layers: ['lna-announced'], focus: 'sirte' })).toEqual({
			caption: 'Forces around Sirte, Libya, May–June 2016: what the map shows, with Sirte highlighted',
			columns: ['Actor', 'What', 'Where', 'Status'],
			rows: [
				[
					"Haftar's Libyan National Army (LNA)",
					'Two-pronged attack on Sirte',
					'Toward Sirte from the east and from the south (Zilla); directions schematic',
					'Announced in early May 2016, not carried out'
				]
			]
		});
	});

	it('lists the foreign reports one by one, the unlocated ones included', () => {
		expect(campaignTable(basemap, { layers: ['foreign-forces'] }).rows.map((r) => [r[0], r[3]])).toEqual([
			['British special forces', 'Reported (The Times, 26 May 2016), not confirmed'],
			['US special forces', 'Reported, not confirmed'],
			['French, Italian and Jordanian special forces', 'Reported, not confirmed'],
			['Italian Air Force', 'Documented, 12 May 2016']
		]);
	});

	it('has one row per layer otherwise, in drawing order, leaving out a layer replaced by a later one', () => {
		expect(campaignTable(basemap, { layers: ALL }).rows.map((r) => r[1])).toEqual([
			'Held Sirte and the coast around it',
			'Advance on Sirte (Al-Bunyan Al-Marsoos)',
			'Two-pronged attack on Sirte',
			'Clash',
			'Operation Volcano: siege of Derna',
			'Threat to take Tripoli',
			'Destroyed an IS truck bomb',
			'Patrols and observation',
			'Presence in Libya',
			'Flew wounded fighters to a military hospital',
			'Took Bin Jawad from the Islamic State',
			'Took Nawfaliya from the Islamic State',
			'Took Harawa from the Islamic State',
			"Air strikes on Islamic State positions, at the unity government's request",
			'Seized the oil ports from the Petroleum Facilities Guard'
		]);
		expect(campaignTable(basemap, { layers: MAY }).rows.map((r) => r[1])).toContain('Held the oil ports');
	});

	it("dates the Guard's push town by town, and gives the strike count as AFRICOM's own", () => {
		const table = campaignTable(basemap, { layers: ['us-airstrikes', 'pfg-advance'], focus: 'sirte' });
		expect(table.caption).toBe(
			'Forces around Sirte, Libya, May–December 2016: what the map shows, with Sirte highlighted'
		);
		expect(table.rows.map((r) => [r[2], r[3]])).toEqual([
			['Bin Jawad', 'Carried out, 30 May 2016; five PFG fighters killed (Reuters)'],
			['Nawfaliya, about 130 km from Sirte (Reuters)', 'Carried out, 31 May 2016'],
			[
				'Harawa, 70 km east of Sirte (Libyan Gazette, Reuters, Libya Herald) or about 50 km (ANSAmed, Libya Security Monitor); position approximate',
				'Carried out, 9 June 2016'
			],
			['Sirte', "Carried out, 1 August to 19 December 2016: 495 strikes by US Africa Command's own count"]
		]);
	});
});
