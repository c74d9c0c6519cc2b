import { describe, expect, it } from 'vitest';
import { claimUse, provenance } from './claims.ts';

describe('provenance and claimUse', () => {
	const story = {
		sources: [{ id: 's', title: 'T', outlet: 'O', date: '2016-05-17', estimated: false, url: 'https://x.y' }],
		claims: [
			{ id: 'a', value: '1', claimant: 'X', source: 's', hedged: false },
			{ id: 'b', value: '2', claimant: 'Y', source: 'gone', hedged: true }
		],
		chapters: [
			{
				id: 'c',
				number: 1,
				title: 'C',
				steps: [
					{ id: 'one', claims: ['a'] },
					{ id: 'two', claims: ['a', 'b'] }
				]
			}
		]
	} as unknown as Parameters<typeof provenance>[0] & Parameters<typeof claimUse>[0];

	it('pairs each claim with its source', () => {
		const p = provenance(story);
		expect(p.get('a')!.source!.outlet).toBe('O');
		expect(p.get('b')!.source).toBeUndefined();
	});

	it('lists the steps that rely on each claim, in story order', () => {
		expect([...claimUse(story)]).toEqual([
			['a', ['one', 'two']],
			['b', ['two']]
		]);
	});
});
