import { describe, expect, it } from 'vitest';
import { countGroups } from './count-groups.ts';
import { actors, input, rows } from './fixture.ts';

describe('countGroups', () => {
	it('keeps the state’s groups in its order, once each, and only those with counts', () => {
		const groups = countGroups(input, { groups: ['season', 'no-counts', 'north-bank', 'season'] });
		expect(groups.map((g) => [g.id, g.title, g.heading])).toEqual([
			['season', 'Whole season (March–May)', 'Whole season (March–May)'],
			['north-bank', 'North Bank', 'North Bank: Red Company']
		]);
	});

	it('gives each group its sides as the story’s actors, in their order', () => {
		const [levees] = countGroups(input, { groups: ['levees'] });
		expect(levees!.sides).toEqual([actors[0], actors[1], actors[2], actors[3]]);
	});

	it('writes each figure with its qualifier, range, kind word and hedge', () => {
		const figures = countGroups(input, { groups: ['season', 'dam'] }).flatMap((g) =>
			g.claims.flatMap((c) => c.figures.map((f) => [f.figure, f.kind, f.text, f.label]))
		);
		expect(figures).toEqual([
			['37', 'killed', '37 killed (claimed)', 'Residents: 37 killed (claimed)'],
			['about 2,000–2,500', 'killed', 'about 2,000–2,500 killed', 'BC: about 2,000–2,500 killed'],
			['100', 'killed', '100 killed (claimed)', '100 killed (claimed)']
		]);
	});

	it('writes amounts with decimals, and draws no range when the upper end is not above the count', () => {
		const odd = [
			{ id: 'a', group: 'dam', side: 'blue', kind: 'killed', count: 1234.5, high: 1234.5, claim: 'gazette' },
			{ id: 'b', group: 'dam', side: 'blue', kind: 'wounded', count: 10, high: 4, claim: 'gazette' }
		];
		const [dam] = countGroups({ ...input, rows: odd }, { groups: ['dam'] });
		expect(dam!.claims[0]!.figures.map((f) => [f.figure, f.high, f.end])).toEqual([
			['1,234.5', null, 1234.5],
			['10', null, 10]
		]);
	});

	it('names a claim by its id, a side and a kind the story does not declare by theirs, rather than fail', () => {
		const odd = { id: 'x', group: 'dam', side: 'nobody', kind: 'rescued', count: 5, claim: 'unknown-claim' };
		const [dam] = countGroups({ ...input, rows: [...rows, odd] }, { groups: ['dam'] });
		expect(dam!.sides.map((s) => [s.id, s.short, s.colour])).toEqual([
			['blue', 'Blue Company', '#9c2a00'],
			['nobody', 'nobody', '#595959']
		]);
		expect(dam!.claims[1]).toMatchObject({ id: 'unknown-claim', claimant: 'unknown-claim', hedged: false });
		expect(dam!.claims[1]!.figures[0]!.label).toBe('nobody: 5 rescued');
	});

	it('focuses the claim the state names and dims the others only when it is shown', () => {
		const marks = (focus: string) =>
			countGroups(input, { groups: ['north-bank'], focus }).flatMap((g) =>
				g.claims.map((c) => [c.focused, c.dimmed])
			);
		expect(marks('ops')).toEqual([
			[false, true],
			[true, false]
		]);
		expect(marks('bc')).toEqual([
			[false, false],
			[false, false]
		]);
	});
});
