import { describe, expect, it } from 'vitest';
import type { AdvanceEvent, Claim } from '../../content/types.ts';
import { advanceTable, describeAdvance, eventsUpTo } from './text.ts';
import { day } from './time-axis.ts';

const events: AdvanceEvent[] = [
	{ id: 'a', date: '2016-05-05', estimated: false, label: 'Saddada', place: 's', km: 200, claim: 'c1' },
	{ id: 'b', date: '2016-05-17', estimated: true, label: 'Abu Grain', place: 'ag', km: 100, claim: 'c2' },
	{ id: 'c', date: '2016-05-25', estimated: false, label: 'Al-Baghla', place: 'b', km: 50, claim: 'c3' },
	{ id: 'd', date: '2016-12-17', estimated: false, label: 'Victory declared', place: 'b', km: 0, claim: 'c3' }
];
const claims: Claim[] = [
	{ id: 'c1', value: '200 km', claimant: 'x', source: 's', hedged: false },
	{ id: 'c2', value: '100 km', claimant: 'x', source: 's', hedged: false },
	{ id: 'c3', value: '50 km', claimant: 'x', source: 's', hedged: true }
];

describe('eventsUpTo', () => {
	it('keeps the events on the time axis, 1 May to 31 December 2016, up to the date', () => {
		const outside: AdvanceEvent[] = [
			{ ...events[0]!, id: 'april', date: '2016-04-30' },
			...events,
			{ ...events[0]!, id: 'next-year', date: '2017-01-01' }
		];
		expect(eventsUpTo(outside, day('2017-06-01')).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(eventsUpTo(outside, day('2016-05-17')).map((e) => e.id)).toEqual(['a', 'b']);
	});
});

describe('describeAdvance', () => {
	it('says when nothing is shown yet', () => {
		expect(describeAdvance(events, { until: '2016-05-01' })).toBe('No position shown yet, up to 2016-05-01.');
	});

	it('counts the positions and gives the latest, marking an estimated date', () => {
		expect(describeAdvance(events, { until: '2016-05-20' })).toBe(
			'2 positions up to 2016-05-20; the latest: Abu Grain, 100 km from Sirte on 2016-05-17 (date estimated).'
		);
	});

	it('describes the break in the time axis once the line reaches past it', () => {
		expect(describeAdvance(events, { until: '2016-06-15' })).not.toContain('break');
		expect(describeAdvance(events, { until: '2016-12-17' })).toBe(
			'4 positions up to 2016-12-17; the latest: Victory declared, 0 km from Sirte on 2016-12-17. ' +
				'The time axis breaks between 15 June and 1 December, marked by two slanted strokes; ' +
				'the line runs on across the break.'
		);
	});
});

describe('advanceTable', () => {
	it('lists the revealed events with their distance and claimant (linked to the claim), marking estimates and hedged claims', () => {
		expect(advanceTable(events, claims, { until: '2016-05-25' })).toEqual({
			caption: 'Where the GNA front line stood, up to 2016-05-25',
			columns: ['Date', 'Event', 'Distance to Sirte', 'Who says so'],
			rows: [
				['2016-05-05', 'Saddada', '200 km', { text: 'x', claim: 'c1' }],
				['about 2016-05-17', 'Abu Grain', '100 km', { text: 'x', claim: 'c2' }],
				['2016-05-25', 'Al-Baghla', '50 km', { text: 'x (claimed)', claim: 'c3' }]
			]
		});
	});
});
