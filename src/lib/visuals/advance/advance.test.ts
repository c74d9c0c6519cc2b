import { describe, expect, it } from 'vitest';
import type { AdvanceEvent, Claim } from '../../content/types.ts';
import { advanceTable, layoutAdvance, placeLabel } from './advance.ts';

const events: AdvanceEvent[] = [
	{ id: 'a', date: '2016-05-05', estimated: false, label: 'Saddada', place: 's', km: 200, claim: 'c1' },
	{ id: 'b', date: '2016-05-17', estimated: true, label: 'Abu Grain', place: 'ag', km: 100, claim: 'c2' },
	{ id: 'c', date: '2016-05-25', estimated: false, label: 'Al-Baghla', place: 'b', km: 50, claim: 'c3' }
];
const claims: Claim[] = [
	{ id: 'c1', value: '200 km', claimant: 'x', source: 's', hedged: false },
	{ id: 'c2', value: '100 km', claimant: 'x', source: 's', hedged: false },
	{ id: 'c3', value: '50 km', claimant: 'x', source: 's', hedged: true }
];
const size = { width: 600, height: 400 };

describe('layoutAdvance', () => {
	it('reveals only the events up to the state’s date', () => {
		expect(layoutAdvance(events, claims, { until: '2016-05-04' }, size).points).toEqual([]);
		expect(layoutAdvance(events, claims, { until: '2016-05-17' }, size).points.map((p) => p.id)).toEqual([
			'a',
			'b'
		]);
	});

	it('puts Sirte (0 km) at the top and 200 km at the bottom of the plot', () => {
		const chart = layoutAdvance(events, claims, { until: '2016-06-01' }, size);
		expect(chart.yTicks[0]).toEqual({ y: 44, label: 'Sirte' });
		expect(chart.points.map((p) => p.y)).toEqual([364, 204, 124]);
	});

	it('places dates on a UTC time scale from 1 May to 15 June', () => {
		const chart = layoutAdvance(events, claims, { until: '2016-06-01' }, size);
		// 530 px across 45 days: 4 days after 1 May is 54 + 530 * 4 / 45.
		expect(chart.points[0]!.x).toBe(101.11);
	});

	it('marks estimated dates, hedged claims and the focused event', () => {
		const points = layoutAdvance(events, claims, { until: '2016-06-01', focus: 'b' }, size).points;
		expect(points.map((p) => [p.id, p.estimated, p.hedged, p.focused])).toEqual([
			['a', false, false, false],
			['b', true, false, true],
			['c', false, true, false]
		]);
	});

	it('draws the front as steps that hold until the next event and run on to the state’s date', () => {
		expect(layoutAdvance(events, claims, { until: '2016-05-17' }, size).path).toBe(
			'M101.11,364L242.44,364L242.44,204'
		);
		expect(layoutAdvance(events, claims, { until: '2016-05-20' }, size).path).toBe(
			'M101.11,364L242.44,364L242.44,204L277.78,204'
		);
	});

	it('gives the same layout for the same inputs', () => {
		const state = { until: '2016-05-25', focus: 'c' };
		expect(layoutAdvance(events, claims, state, size)).toEqual(layoutAdvance(events, claims, state, size));
	});
});

describe('advanceTable', () => {
	it('lists the revealed events with their distance and claimant, marking estimates and hedged claims', () => {
		expect(advanceTable(events, claims, { until: '2016-05-25' })).toEqual({
			caption: 'Where the GNA front line stood, up to 2016-05-25',
			columns: ['Date', 'Event', 'Distance to Sirte', 'Who says so'],
			rows: [
				['2016-05-05', 'Saddada', '200 km', 'x'],
				['about 2016-05-17', 'Abu Grain', '100 km', 'x'],
				['2016-05-25', 'Al-Baghla', '50 km', 'x (claimed)']
			]
		});
	});
});

describe('placeLabel', () => {
	it('puts a label right of its point when it fits, else left of it', () => {
		expect(placeLabel('Abu Grain, 140 km', 100, 600)).toEqual({
			text: 'Abu Grain, 140 km',
			anchor: 'start',
			labelX: 110
		});
		expect(placeLabel('Abu Grain, 140 km', 550, 600)).toEqual({
			text: 'Abu Grain, 140 km',
			anchor: 'end',
			labelX: 540
		});
	});

	it('centres a label that fits neither side, keeping it inside the chart', () => {
		const text = 'Abu Grain lost; at Saddada, 190 km';
		const placed = placeLabel(text, 95, 304);
		const half = (text.length * 7.4) / 2;
		expect(placed.anchor).toBe('middle');
		expect(placed.labelX - half).toBeGreaterThanOrEqual(-0.01);
		expect(placed.labelX + half).toBeLessThanOrEqual(304.01);
	});
});

describe('the front line path', () => {
	it('never repeats a point when two events share a date', () => {
		const sameDay: AdvanceEvent[] = [
			{ id: 'a', date: '2016-05-17', estimated: false, label: 'A', place: 'p', km: 140, claim: 'c1' },
			{ id: 'b', date: '2016-05-17', estimated: false, label: 'B', place: 'p', km: 140, claim: 'c2' }
		];
		const path = layoutAdvance(sameDay, claims, { until: '2016-05-17' }, size).path;
		expect(path).toBe('M242.44,268Z');
	});
});
