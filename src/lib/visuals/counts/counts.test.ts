import { describe, expect, it } from 'vitest';
import type { CasualtyReport, Claim } from '../../content/types.ts';
import { loadAllStories } from '../../../site/read-stories.ts';
import { casualtyTable, describeCasualties, layoutCasualties, type CasualtyState } from './casualties.ts';

const reports: CasualtyReport[] = [
	{ id: 'h-k', group: 'abu-grain', side: 'gna', kind: 'killed', count: 7, claim: 'hosp' },
	{ id: 'h-w', group: 'abu-grain', side: 'gna', kind: 'wounded', count: 19, claim: 'hosp' },
	// Wounded before killed on purpose: bars go killed, wounded, captured whatever the data order.
	{ id: 'o-w', group: 'abu-grain', side: 'gna', kind: 'wounded', count: 10, claim: 'ops' },
	{ id: 'o-k', group: 'abu-grain', side: 'gna', kind: 'killed', count: 3, claim: 'ops' },
	{ id: 'civ', group: 'campaign-total', side: 'civilian', kind: 'killed', count: 37, claim: 'civ' },
	{ id: 'is', group: 'campaign-total', side: 'is', kind: 'killed', count: 2000, high: 2500, claim: 'is' }
];
const claims: Claim[] = [
	{
		id: 'hosp',
		value: '7 killed, 19 wounded',
		claimant: 'Aziz Issa, spokesman for Misrata hospital',
		source: 'a1',
		hedged: false
	},
	{
		id: 'ops',
		value: '3 killed, 10 wounded',
		claimant: 'Mohamed al-Ghasri, GNA operations room, via Reuters',
		source: 'r',
		hedged: false
	},
	{
		id: 'is',
		value: 'about 2,000–2,500 IS fighters killed',
		claimant: 'GNA side',
		source: 'lp',
		hedged: false
	},
	{
		id: 'civ',
		value: '37 civilians killed',
		claimant: 'Monitor',
		source: 'm',
		hedged: true,
		hedge: 'reportedly'
	}
];
const phone = { width: 320, height: 600 };
const one: CasualtyState = { groups: ['abu-grain'], focus: 'hosp' };
const both: CasualtyState = { groups: ['abu-grain', 'campaign-total'] };

describe('layoutCasualties', () => {
	it('stacks heading, claimant labels and 28px bar rows, top to bottom', () => {
		const chart = layoutCasualties(reports, claims, one, phone);
		expect(chart.height).toBe(182);
		expect(chart.fontSize).toBe(13);
		expect(chart.note).toBeNull();
		const [block] = chart.blocks;
		expect(block!.heading).toEqual([{ text: 'Abu Grain: GNA forces', y: 11 }]);
		expect(block!.rows.map((r) => [r.claim, r.lines, r.top, r.bottom, r.zero])).toEqual([
			['hosp', [{ text: 'Aziz Issa, Misrata hospital', y: 31 }], 22, 96, { x: 10, y1: 40, y2: 96 }],
			['ops', [{ text: 'Mohamed al-Ghasri via Reuters', y: 111 }], 102, 176, { x: 10, y1: 120, y2: 176 }]
		]);
	});

	it('fits the group’s scale so the longest label ends at the right edge', () => {
		// Span 302px; "19 wounded" (70px) leaves 226px for 19, so x = 10 + v * 226 / 19.
		const bars = layoutCasualties(reports, claims, one, phone).blocks[0]!.rows.flatMap((r) => r.bars);
		expect(bars).toEqual([
			{
				id: 'h-k',
				side: 'gna',
				kind: 'killed',
				x: 10,
				y: 45,
				width: 83.26,
				height: 18,
				range: null,
				label: { text: '7 killed', x: 99.26, y: 54, anchor: 'start' }
			},
			{
				id: 'h-w',
				side: 'gna',
				kind: 'wounded',
				x: 10,
				y: 73,
				width: 226,
				height: 18,
				range: null,
				label: { text: '19 wounded', x: 242, y: 82, anchor: 'start' }
			},
			{
				id: 'o-k',
				side: 'gna',
				kind: 'killed',
				x: 10,
				y: 125,
				width: 35.68,
				height: 18,
				range: null,
				label: { text: '3 killed', x: 51.68, y: 134, anchor: 'start' }
			},
			{
				id: 'o-w',
				side: 'gna',
				kind: 'wounded',
				x: 10,
				y: 153,
				width: 118.95,
				height: 18,
				range: null,
				label: { text: '10 wounded', x: 134.95, y: 162, anchor: 'start' }
			}
		]);
	});

	it('gives each group its own scale and says so', () => {
		const chart = layoutCasualties(reports, claims, both, phone);
		expect(chart.note).toEqual({ text: 'Each group is drawn to its own scale.', y: 11 });
		expect(chart.blocks.map((b) => [b.group, b.domainMax, b.heading[0]!.text])).toEqual([
			['abu-grain', 19, 'Abu Grain: GNA forces'],
			['campaign-total', 2500, 'Whole campaign (May–December)']
		]);
		expect(chart.blocks.map((b) => b.rows[1]!.bars[0]!.width)).toEqual([35.68, 80]);
	});

	it('draws a range as a solid bar to the low figure and an extension to the high one', () => {
		// "IS: about 2,000–2,500 killed" (28 characters, 196px) leaves 100px for 2,500.
		const [civ, is] = layoutCasualties(reports, claims, both, phone).blocks[1]!.rows.flatMap((r) => r.bars);
		expect([is!.width, is!.range, is!.label.text, is!.label.x]).toEqual([
			80,
			{ x: 90, width: 20 },
			'IS: about 2,000–2,500 killed',
			116
		]);
		expect([civ!.width, civ!.range, civ!.label.text]).toEqual([1.48, null, 'Civilians: 37 killed (claimed)']);
	});

	it('orders groups as the state lists them, claims as the data does, sides then kinds within a claim', () => {
		const chart = layoutCasualties(reports, claims, { groups: ['campaign-total', 'abu-grain'] }, phone);
		expect(chart.blocks.map((b) => b.rows.map((r) => [r.claim, r.bars.map((x) => x.id)]))).toEqual([
			[
				['civ', ['civ']],
				['is', ['is']]
			],
			[
				['hosp', ['h-k', 'h-w']],
				['ops', ['o-k', 'o-w']]
			]
		]);
		expect(chart.sides).toEqual(['gna', 'is', 'civilian']);
	});

	it('flags hedged claims, ranges, the focused claim and dims the others', () => {
		const chart = layoutCasualties(reports, claims, { ...both, focus: 'ops' }, phone);
		expect(chart.blocks.flatMap((b) => b.rows.map((r) => [r.claim, r.hedged, r.focused, r.dimmed]))).toEqual([
			['hosp', false, false, true],
			['ops', false, true, false],
			['civ', true, false, true],
			['is', false, false, true]
		]);
		expect([chart.hedged, chart.ranges]).toEqual([true, true]);
	});

	it('dims nothing when the focused claim is not shown', () => {
		const rows = layoutCasualties(reports, claims, { groups: ['abu-grain'], focus: 'is' }, phone).blocks[0]!
			.rows;
		expect(rows.map((r) => [r.focused, r.dimmed])).toEqual([
			[false, false],
			[false, false]
		]);
	});

	it('shrinks rows to fit the height given, but never text below 12px', () => {
		// Full size needs 348px; the smallest size (16px bar rows, 12px text) needs 220px.
		expect(layoutCasualties(reports, claims, both, { width: 320, height: 400 }).height).toBe(348);
		const half = layoutCasualties(reports, claims, both, { width: 320, height: 284 });
		expect([half.height, half.fontSize, half.blocks[0]!.rows[0]!.bars[0]!.height]).toEqual([284, 12.5, 14]);
		const tiny = layoutCasualties(reports, claims, both, { width: 320, height: 100 });
		expect([tiny.height, tiny.fontSize]).toEqual([220, 12]);
	});

	it('wraps long claimant labels onto more lines on narrow screens', () => {
		const rows = layoutCasualties(reports, claims, one, { width: 200, height: 600 }).blocks[0]!.rows;
		expect(rows.map((r) => r.lines.map((l) => l.text))).toEqual([
			['Aziz Issa, Misrata', 'hospital'],
			['Mohamed al-Ghasri via', 'Reuters']
		]);
	});

	it('gives the same layout for the same inputs', () => {
		const state = { ...both, focus: 'civ' };
		expect(layoutCasualties(reports, claims, state, phone)).toEqual(
			layoutCasualties(reports, claims, state, phone)
		);
	});
});

describe('describeCasualties', () => {
	it('names each claimant and its figures, marking the highlighted claim', () => {
		expect(describeCasualties(reports, claims, one)).toEqual({
			title: 'Casualty figures by who reports them: Abu Grain',
			description:
				'Abu Grain (GNA forces): Aziz Issa, Misrata hospital (highlighted): 7 killed, 19 wounded; Mohamed al-Ghasri via Reuters: 3 killed, 10 wounded.'
		});
	});

	it('names sides in mixed groups, keeps ranges and hedges, and says the scales differ', () => {
		expect(describeCasualties(reports, claims, { groups: ['campaign-total', 'abu-grain'] }).description).toBe(
			'Whole campaign (May–December): Monitor: Civilians 37 killed (claimed); GNA side: Islamic State about 2,000–2,500 killed. ' +
				'Abu Grain (GNA forces): Aziz Issa, Misrata hospital: 7 killed, 19 wounded; Mohamed al-Ghasri via Reuters: 3 killed, 10 wounded. ' +
				'Each group is drawn to its own scale.'
		);
	});

	it('summarises three or more groups in two sentences', () => {
		const more = [...reports, { ...reports[0]!, id: 'x', group: 'may-5' }];
		expect(
			describeCasualties(more, claims, { groups: ['may-5', 'abu-grain', 'campaign-total'], focus: 'is' })
		).toEqual({
			title: 'Casualty figures by who reports them',
			description:
				'3 groups of casualty figures, each drawn to its own scale: 5 May attacks, Abu Grain and Whole campaign (May–December). ' +
				'Highlighted, Whole campaign (May–December): GNA side: Islamic State about 2,000–2,500 killed.'
		});
	});

	it('says when nothing is shown', () => {
		expect(describeCasualties(reports, claims, { groups: [] }).description).toBe(
			'No casualty figures shown.'
		);
	});
});

describe('casualtyTable', () => {
	it('lists one row per figure, with the full claimant linked to its claim, the figure as claimed and the hedge', () => {
		const table = casualtyTable(reports, claims, { groups: ['campaign-total'] });
		expect(table.columns).toEqual(['Group', 'Claimant', 'Side', 'Kind', 'Figure', 'Hedged']);
		expect(table.caption).toBe(
			'Casualty figures by who reports them: Whole campaign (May–December). Each row is one figure of one claim; claims that disagree are listed separately, not averaged.'
		);
		expect(table.rows).toEqual([
			[
				'Whole campaign (May–December)',
				{ text: 'Monitor', claim: 'civ' },
				'Civilians',
				'killed',
				'37',
				'Yes: reportedly'
			],
			[
				'Whole campaign (May–December)',
				{ text: 'GNA side', claim: 'is' },
				'Islamic State',
				'killed',
				'about 2,000–2,500',
				'No'
			]
		]);
	});
});

describe('the road to Sirte', () => {
	const story = loadAllStories(process.cwd())[0]!.story!;
	const steps = story.chapters.flatMap((c) => c.steps).filter((s) => s.visual.key === 'casualties');
	const stateOf = (id: string) => steps.find((s) => s.id === id)!.visual.state as unknown as CasualtyState;

	it('describes the two Abu Grain counts side by side', () => {
		expect(describeCasualties(story.data.casualties, story.claims, stateOf('two-counts')).description).toBe(
			'Abu Grain (GNA forces): Aziz Issa, Misrata hospital (highlighted): 7 killed, 19 wounded; Mohamed al-Ghasri via Reuters: 3 killed, 10 wounded.'
		);
	});

	it('keeps every value label inside a 320px phone screen, at every step', () => {
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) {
			const chart = layoutCasualties(story.data.casualties, story.claims, stateOf(step.id), phone);
			for (const bar of chart.blocks.flatMap((b) => b.rows.flatMap((r) => r.bars)))
				expect(bar.label.x + bar.label.text.length * 7, `${step.id} ${bar.id}`).toBeLessThanOrEqual(312);
		}
	});
});
