import { describe, expect, it } from 'vitest';
import { instant } from './dates.ts';
import { input, river, riverConfig, riverRows, storm } from './fixture.ts';
import { pointsUpTo } from './input.ts';
import type { ProgressPoint } from './spec.ts';
import { describeProgress, progressTable } from './text.ts';

describe('pointsUpTo', () => {
	it('keeps the points on the time axis, from its start to its end, up to the instant', () => {
		const outside: ProgressPoint[] = [
			{ ...riverRows[0]!, id: 'april', date: '2022-04-30' },
			...riverRows,
			{ ...riverRows[0]!, id: 'next-year', date: '2023-01-01' }
		];
		expect(pointsUpTo(outside, riverConfig.axis, instant('2023-06-01')).map((p) => p.id)).toEqual([
			'a',
			'b',
			'c',
			'd',
			'e'
		]);
		expect(pointsUpTo(outside, riverConfig.axis, instant('2022-05-17')).map((p) => p.id)).toEqual(['a', 'b']);
	});

	it('compares times of day: a point at 06:10 is not shown at 06:00', () => {
		const at = (until: string) => pointsUpTo(storm.rows, storm.config.axis, instant(until)).map((p) => p.id);
		expect(at('2030-08-29 06:00')).toEqual(['formed', 'keys', 'turn']);
		expect(at('2030-08-29 06:10')).toEqual(['formed', 'keys', 'turn', 'landfall']);
		// A date alone is its 00:00.
		expect(at('2030-08-29')).toEqual(['formed', 'keys', 'turn']);
	});
});

describe('describeProgress', () => {
	it('says when nothing is shown yet', () => {
		expect(describeProgress(river, { until: '2022-05-01' })).toBe('No position shown yet, up to 2022-05-01.');
	});

	it('counts the positions and gives the latest, with its value, the target and an estimated date', () => {
		expect(describeProgress(river, { until: '2022-05-20' })).toBe(
			'2 positions up to 2022-05-20; the latest: Elk Bluff, 100 mi from Delta on 2022-05-17 (date estimated).'
		);
		expect(describeProgress(river, { until: '2022-05-05' })).toBe(
			'1 position up to 2022-05-05; the latest: Pinegap, 200 mi from Delta on 2022-05-05.'
		);
	});

	it('describes the break in the time axis, by its dates, once the line reaches past it', () => {
		expect(describeProgress(river, { until: '2022-06-15' })).not.toContain('break');
		expect(describeProgress(river, { until: '2022-12-17' })).toBe(
			'5 positions up to 2022-12-17; the latest: Finished, 0 mi from Delta on 2022-12-17. ' +
				'The time axis breaks between 15 June and 1 December, marked by two slanted strokes; ' +
				'the line runs on across the break.'
		);
	});

	it('gives the years of a break across the new year', () => {
		const config = {
			...riverConfig,
			axis: { from: '2022-05-01', to: '2023-02-28', break: ['2022-06-15', '2023-02-01'] as [string, string] }
		};
		expect(describeProgress(input(config, riverRows), { until: '2023-02-10' })).toContain(
			'The time axis breaks between 15 June 2022 and 1 February 2023,'
		);
	});

	it('gives times of day, and says an estimated time is one', () => {
		expect(describeProgress(storm, { until: '2030-08-29 12:00' })).toBe(
			'4 positions up to 2030-08-29 12:00; the latest: Landfall, 40 mi from Port Vale on 2030-08-29 06:10 (time estimated).'
		);
	});
});

describe('progressTable', () => {
	it('lists the revealed points with their value and claimant (linked to the claim), marking estimates and hedged claims', () => {
		expect(progressTable(river, { until: '2022-05-25' })).toEqual({
			caption: 'Distance to the delta (The crew), up to 2022-05-25',
			columns: ['Date', 'Event', 'Distance to the delta', 'Who says so'],
			rows: [
				['2022-05-05', 'Pinegap', '200 mi', { text: 'x', claim: 'c1' }],
				['about 2022-05-17', 'Elk Bluff', '100 mi', { text: 'x', claim: 'c2' }],
				['2022-05-25', 'Fort Hale', '50 mi', { text: 'x (claimed)', claim: 'c3' }]
			]
		});
	});

	it('gives dates with their times, as the story wrote them', () => {
		expect(progressTable(storm, { until: '2030-08-29 06:10' }).rows.map((r) => r[0])).toEqual([
			'2030-08-23 21:00',
			'2030-08-25 21:00',
			'2030-08-28 12:00',
			'about 2030-08-29 06:10'
		]);
	});

	it('leaves the claimant empty for a claim the story lacks', () => {
		const rows = [{ ...riverRows[0]!, claim: 'missing' }];
		expect(progressTable(input(riverConfig, rows), { until: '2022-05-25' }).rows).toEqual([
			['2022-05-05', 'Pinegap', '200 mi', '']
		]);
	});
});
