import { describe, expect, it } from 'vitest';
import { ALL, config, input } from './fixture.ts';
import { describeMap, mapTable, mapTitle } from './text.ts';

const ABOUT = 'Map of the river coast from the western hills to the cape.';
const text = (layers: string[], focus?: string) => describeMap(input, { layers, focus });

describe('describeMap', () => {
	it('says what the base map shows, what the layers show, and what is highlighted', () => {
		expect(text(['raiders-held'], 'old-town')).toEqual({
			title: 'The river war, March–April 2031',
			description: `${ABOUT} It shows the coast around Old Town held by the Raiders in March. Old Town is highlighted.`
		});
	});

	it("runs the title to the last month of the layers drawn, and describes them in the configuration's order", () => {
		expect(text(['guild-push']).title).toBe('The river war, March–April 2031');
		expect(text(['raiders-held', 'clans-works']).title).toBe('The river war, March–September 2031');
		expect(text(['clans-works', 'fleet-shelling'])).toEqual({
			title: 'The river war, March–December 2031',
			description: `${ABOUT} It shows the shelling of Old Town from the sea, from August; and the saltworks held by the Clans, who took them on 11 September.`
		});
	});

	it('leaves out a layer that a later one switched on replaces', () => {
		expect(text(['guild-works', 'guild-push', 'clans-works']).description).toBe(
			`${ABOUT} It shows the Salt Guild's push west, through the Fort (1 April) to the Bridge (9 April); and the saltworks held by the Clans, who took them on 11 September.`
		);
	});

	it('joins two layers with "and", and flags an approximate position', () => {
		expect(text(['clans-announced', 'guard-advance'], 'bridge').description).toBe(
			`${ABOUT} It shows the River Guard's advance from the Mill through the Ford; and the Hill Clans' announced attack on Old Town, which never came. Bridge is highlighted (position approximate).`
		);
	});

	it('says when nothing is marked', () => {
		expect(text([], 'bridge').description).toBe(
			`${ABOUT} Nothing is marked on it. Bridge is highlighted (position approximate).`
		);
	});

	it('never claims what the drawing leaves out: a layer it cannot draw is in neither the words nor the title', () => {
		const noOldTown = {
			...input,
			basemap: { ...input.basemap!, places: input.basemap!.places.filter((p) => p.id !== 'old-town') }
		};
		const state = { layers: ['raiders-held', 'fleet-shelling', 'cape-siege'], focus: 'old-town' };
		expect(describeMap(noOldTown, state)).toEqual({
			title: 'The river war, March–April 2031',
			description: `${ABOUT} It shows the Clans' siege of the Cape.`
		});
		expect(mapTable(noOldTown, state).rows.map((r) => r[1])).toEqual(['Siege of the Cape']);
		expect(mapTitle(noOldTown, state)).toBe('The river war, March–April 2031');
	});
});

describe('mapTable', () => {
	it("lists who, what, where and status for every layer drawn, who being the layer's actor unless the row says", () => {
		expect(mapTable(input, { layers: ['clans-announced', 'quarry-clash'], focus: 'old-town' })).toEqual({
			caption: 'The river war, March–April 2031: what the map shows, with Old Town highlighted',
			columns: ['Actor', 'What', 'Where', 'Status'],
			rows: [
				[
					'The Hill Clans (HC)',
					'Two-pronged attack',
					'From the east and the south',
					'Announced, not carried out'
				],
				['Clansmen against a river brigade', 'Clash', 'Quarry', 'Fought, 2 March']
			]
		});
	});

	it('lists the reports one by one, the unlocated ones included', () => {
		expect(mapTable(input, { layers: ['envoys'] }).rows.map((r) => [r[0], r[3]])).toEqual([
			['Envoys of the north', 'Reported, not confirmed'],
			['Envoys of the south', 'Reported, not confirmed'],
			['Two more envoys', 'Reported, not confirmed'],
			['Hospital boats', 'Documented']
		]);
	});

	it('has the rows of every layer in drawing order, leaving out a layer replaced by a later one', () => {
		const rows = (layers: string[]) => mapTable(input, { layers }).rows.map((r) => r[1]);
		expect(rows(ALL)).toEqual(
			config.layers.filter((l) => l.id !== 'guild-works').flatMap((l) => l.rows.map((r) => r.what))
		);
		expect(rows(ALL.filter((l) => l !== 'clans-works'))).toContain('Held the saltworks');
	});

	it('captions the table without a focus', () => {
		expect(mapTable(input, { layers: ['fleet-shelling'] }).caption).toBe(
			'The river war, March–December 2031: what the map shows'
		);
	});
});
