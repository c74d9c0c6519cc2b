import { describe, expect, it } from 'vitest';
import { countsTable, describeCounts } from './count-text.ts';
import { config, input } from './fixture.ts';

const { noun: _noun, ...noNoun } = config;
const plain = { ...input, config: noNoun };

describe('describeCounts', () => {
	it('names each claimant and its figures, marking the highlighted claim', () => {
		expect(describeCounts(input, { groups: ['north-bank'], focus: 'hosp' })).toEqual({
			title: 'Flood counts by who reports them: North Bank',
			description:
				'North Bank (Red Company): Ana Lima, the town hospital (highlighted): 7 killed, 19 wounded; Katarina Novak via Daily Wire: 3 killed, 10 wounded.'
		});
	});

	it('names sides in mixed groups, keeps ranges and hedges, and says the scales differ', () => {
		expect(describeCounts(input, { groups: ['season', 'north-bank'] })).toEqual({
			title: 'Flood counts by who reports them: Whole season (March–May) and North Bank',
			description:
				'Whole season (March–May): Monitor: Residents 37 killed (claimed); Observers: Blue Company about 2,000–2,500 killed. ' +
				'North Bank (Red Company): Ana Lima, the town hospital: 7 killed, 19 wounded; Katarina Novak via Daily Wire: 3 killed, 10 wounded. ' +
				'Each group is drawn to its own scale.'
		});
	});

	it('says every side of a claim, in the story’s order of actors, with the words of its kinds', () => {
		expect(describeCounts(input, { groups: ['levees'] }).description).toBe(
			'Levees and shelters: Valley survey: Red Company 4–6 dead; Blue Company 12 killed and wounded; Residents 9 missing, 1,464 displaced; Rescue teams 2 breaches.'
		);
	});

	it('summarises three or more groups in two sentences, with the story’s noun', () => {
		expect(describeCounts(input, { groups: ['dam', 'north-bank', 'season'], focus: 'bc' })).toEqual({
			title: 'Flood counts by who reports them',
			description:
				'3 groups of flood counts, each drawn to its own scale: The dam (12 March), North Bank and Whole season (March–May). ' +
				'Highlighted, Whole season (March–May): Observers: Blue Company about 2,000–2,500 killed.'
		});
		expect(describeCounts(input, { groups: ['dam', 'north-bank', 'season', 'levees'] }).description).toBe(
			'4 groups of flood counts, each drawn to its own scale: The dam (12 March), North Bank, Whole season (March–May) and Levees and shelters.'
		);
	});

	it('says when nothing is shown', () => {
		expect(describeCounts(input, { groups: [] })).toEqual({
			title: 'Flood counts by who reports them',
			description: 'No flood counts shown.'
		});
	});

	it('calls them figures when the story gives no noun', () => {
		expect(describeCounts(plain, { groups: [] }).description).toBe('No figures shown.');
		expect(describeCounts(plain, { groups: ['dam', 'north-bank', 'season'] }).description).toMatch(
			/^3 groups of figures, each drawn/
		);
	});
});

describe('countsTable', () => {
	it('lists one row per figure, with the full claimant linked to its claim, the figure as claimed and the hedge', () => {
		const table = countsTable(input, { groups: ['season'] });
		expect(table.columns).toEqual(['Group', 'Claimant', 'Side', 'Kind', 'Figure', 'Hedged']);
		expect(table.caption).toBe(
			'Flood counts by who reports them: Whole season (March–May). Each row is one figure of one claim; claims that disagree are listed separately, not averaged.'
		);
		expect(table.rows).toEqual([
			[
				'Whole season (March–May)',
				{ text: 'Monitor', claim: 'res' },
				'Residents',
				'killed',
				'37',
				'Yes: reportedly'
			],
			[
				'Whole season (March–May)',
				{ text: 'Observers', claim: 'bc' },
				'Blue Company',
				'killed',
				'about 2,000–2,500',
				'No'
			]
		]);
	});

	it('gives each kind its word and each side its short name', () => {
		const rows = countsTable(input, { groups: ['levees'] }).rows;
		expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
			['Red Company', 'dead', '4–6'],
			['Blue Company', 'killed and wounded', '12'],
			['Residents', 'missing', '9'],
			['Residents', 'displaced', '1,464'],
			['Rescue teams', 'breaches', '2']
		]);
	});
});
