import { describe, expect, it } from 'vitest';
import { layoutCounts } from './counts.ts';
import { input } from './fixture.ts';
import type { CountsState } from './spec.ts';

const phone = { width: 320, height: 600 };
const one: CountsState = { groups: ['north-bank'], focus: 'hosp' };
const both: CountsState = { groups: ['north-bank', 'season'] };
const bars = (state: CountsState, size = phone) =>
	layoutCounts(input, state, size).blocks.flatMap((b) => b.rows.flatMap((r) => r.bars));

describe('layoutCounts', () => {
	it('stacks heading, claimant labels and 28px bar rows, top to bottom', () => {
		const chart = layoutCounts(input, one, phone);
		expect(chart.height).toBe(182);
		expect(chart.fontSize).toBe(13);
		expect(chart.note).toBeNull();
		const [block] = chart.blocks;
		expect(block!.heading).toEqual([{ text: 'North Bank: Red Company', y: 11 }]);
		expect(block!.rows.map((r) => [r.claim, r.lines, r.top, r.bottom, r.zero])).toEqual([
			['hosp', [{ text: 'Ana Lima, the town hospital', y: 31 }], 22, 96, { x: 10, y1: 40, y2: 96 }],
			['ops', [{ text: 'Katarina Novak via Daily Wire', y: 111 }], 102, 176, { x: 10, y1: 120, y2: 176 }]
		]);
	});

	it('fits the group’s scale so the longest label ends at the right edge, bars in their side’s colour', () => {
		// Span 302px; "19 wounded" (70px) leaves 226px for 19, so x = 10 + v * 226 / 19.
		const bar = (id: string, kind: string, y: number, width: number, label: string) => ({
			id,
			side: 'red',
			colour: '#1f5f99',
			kind,
			x: 10,
			y,
			width,
			height: 18,
			range: null,
			label: { text: label, x: 10 + width + 6, y: y + 9, anchor: 'start' }
		});
		expect(bars(one)).toEqual([
			bar('h-k', 'killed', 45, 83.26, '7 killed'),
			bar('h-w', 'wounded', 73, 226, '19 wounded'),
			bar('o-k', 'killed', 125, 35.68, '3 killed'),
			bar('o-w', 'wounded', 153, 118.95, '10 wounded')
		]);
	});

	it('gives each group its own scale and says so', () => {
		const chart = layoutCounts(input, both, phone);
		expect(chart.note).toEqual({ text: 'Each group is drawn to its own scale.', y: 11 });
		expect(chart.blocks.map((b) => [b.group, b.domainMax, b.heading[0]!.text])).toEqual([
			['north-bank', 19, 'North Bank: Red Company'],
			['season', 2500, 'Whole season (March–May)']
		]);
		expect(chart.blocks.map((b) => b.rows[1]!.bars[0]!.width)).toEqual([35.68, 80]);
	});

	it('draws a range as a solid bar to the low figure and an extension to the high one', () => {
		// "BC: about 2,000–2,500 killed" (28 characters, 196px) leaves 100px for 2,500.
		const [res, bc] = layoutCounts(input, both, phone).blocks[1]!.rows.flatMap((r) => r.bars);
		expect([bc!.width, bc!.range, bc!.label.text, bc!.label.x, bc!.colour]).toEqual([
			80,
			{ x: 90, width: 20 },
			'BC: about 2,000–2,500 killed',
			116,
			'#9c2a00'
		]);
		expect([res!.width, res!.range, res!.label.text, res!.colour]).toEqual([
			1.48,
			null,
			'Residents: 37 killed (claimed)',
			'#5b5b5b'
		]);
	});

	it('orders groups as the state lists them, claims as the data does, sides as the story’s actors', () => {
		const chart = layoutCounts(input, { groups: ['season', 'north-bank'] }, phone);
		expect(chart.blocks.map((b) => b.rows.map((r) => [r.claim, r.bars.map((x) => x.id)]))).toEqual([
			[
				['res', ['res']],
				['bc', ['bc']]
			],
			[
				['hosp', ['h-k', 'h-w']],
				['ops', ['o-k', 'o-w']]
			]
		]);
		expect(chart.sides.map((s) => s.id)).toEqual(['red', 'blue', 'residents']);
	});

	it('draws four sides in one claim, by actor then by the configuration’s order of kinds, its own kinds last', () => {
		const chart = layoutCounts(input, { groups: ['levees'] }, phone);
		expect(chart.blocks[0]!.heading).toEqual([{ text: 'Levees and shelters', y: 11 }]);
		expect(chart.blocks[0]!.rows[0]!.bars.map((b) => [b.id, b.colour, b.label.text])).toEqual([
			['l-k', '#1f5f99', 'Red: 4–6 dead'],
			['l-kw', '#9c2a00', 'BC: 12 killed and wounded'],
			['l-m', '#5b5b5b', 'Residents: 9 missing'],
			['l-d', '#5b5b5b', 'Residents: 1,464 displaced'],
			['l-b', '#2e6b30', 'Rescue: 2 breaches']
		]);
		expect(chart.sides.map((s) => s.id)).toEqual(['red', 'blue', 'residents', 'rescue']);
	});

	it('flags hedged claims, ranges, the focused claim and dims the others', () => {
		const chart = layoutCounts(input, { ...both, focus: 'ops' }, phone);
		expect(chart.blocks.flatMap((b) => b.rows.map((r) => [r.claim, r.hedged, r.focused, r.dimmed]))).toEqual([
			['hosp', false, false, true],
			['ops', false, true, false],
			['res', true, false, true],
			['bc', false, false, true]
		]);
		expect([chart.hedged, chart.ranges]).toEqual([true, true]);
		expect([layoutCounts(input, one, phone).hedged, layoutCounts(input, one, phone).ranges]).toEqual([
			false,
			false
		]);
	});

	it('dims nothing when the focused claim is not shown', () => {
		const rows = layoutCounts(input, { groups: ['north-bank'], focus: 'bc' }, phone).blocks[0]!.rows;
		expect(rows.map((r) => [r.focused, r.dimmed])).toEqual([
			[false, false],
			[false, false]
		]);
	});

	it('shrinks rows to fit the height given, but never text below 12px', () => {
		// Full size needs 348px; the smallest size (16px bar rows, 12px text) needs 220px.
		expect(layoutCounts(input, both, { width: 320, height: 400 }).height).toBe(348);
		const half = layoutCounts(input, both, { width: 320, height: 284 });
		expect([half.height, half.fontSize, half.blocks[0]!.rows[0]!.bars[0]!.height]).toEqual([284, 12.5, 14]);
		const tiny = layoutCounts(input, both, { width: 320, height: 100 });
		expect([tiny.height, tiny.fontSize]).toEqual([220, 12]);
	});

	it('wraps long claimant labels onto more lines on narrow screens', () => {
		const rows = layoutCounts(input, one, { width: 200, height: 600 }).blocks[0]!.rows;
		expect(rows.map((r) => r.lines.map((l) => l.text))).toEqual([
			['Ana Lima, the town', 'hospital'],
			['Katarina Novak via Daily', 'Wire']
		]);
	});

	it('lays out nothing for a state with no groups, or groups with no counts', () => {
		for (const groups of [[], ['no-such-group']]) {
			const chart = layoutCounts(input, { groups }, phone);
			expect([chart.height, chart.note, chart.blocks, chart.sides]).toEqual([0, null, [], []]);
		}
	});

	it('gives the same layout for the same inputs', () => {
		const state = { ...both, focus: 'res' };
		expect(layoutCounts(input, state, phone)).toEqual(layoutCounts(input, state, phone));
	});
});
