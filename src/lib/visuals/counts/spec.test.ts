import { describe, expect, it } from 'vitest';
import type { StoryRefs } from '../../content/kinds.ts';
import type { Issue } from '../../content/schema.ts';
import { config, configYaml } from './fixture.ts';
import { BUILT_IN_KINDS, countsSpec } from './spec.ts';

const refs: StoryRefs = { places: [], placeIds: [], actors: ['red', 'blue'], claims: [] };
const checkConfig = (value: unknown) => {
	const issues: Issue[] = [];
	return { config: countsSpec.config(refs)(value, ['counts'], issues), issues };
};
const checkCell = (column: string, value: string) => {
	const issues: Issue[] = [];
	const check = countsSpec.data!.columns(refs, config).find((c) => c.name === column)!.check;
	return { value: check(value, ['row', column], issues), issues };
};

describe('countsSpec.config', () => {
	it('adds the built-in kinds before the story’s own, and keeps the noun', () => {
		const { config: checked, issues } = checkConfig(configYaml);
		expect(issues).toEqual([]);
		expect(checked).toEqual(config);
		expect(Object.keys(checked!.kinds)).toEqual([...Object.keys(BUILT_IN_KINDS), 'breaches']);
	});

	it('needs only a title and the groups; a story may reword a built-in kind in its place', () => {
		const { config: checked } = checkConfig({
			title: 'T',
			kinds: [{ id: 'killed', word: 'slain' }],
			groups: [{ id: 'g', title: 'G' }]
		});
		expect(checked).toEqual({
			title: 'T',
			kinds: { ...BUILT_IN_KINDS, killed: 'slain' },
			groups: [{ id: 'g', title: 'G' }]
		});
		expect(Object.keys(checked!.kinds)[0]).toBe('killed');
	});

	it('locates every problem: an empty noun, a kind or group declared twice, a missing title', () => {
		const { config: checked, issues } = checkConfig({
			noun: ' ',
			kinds: [
				{ id: 'breaches', word: 'breaches' },
				{ id: 'breaches', word: 'gaps' }
			],
			groups: [
				{ id: 'g', title: 'G' },
				{ id: 'g', title: 'again' }
			]
		});
		expect(checked).toBeUndefined();
		expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['counts.title', 'missing key "title"'],
			['counts.noun', 'wrong value']
		]);
		const twice = checkConfig({
			title: 'T',
			kinds: configYaml.kinds.concat(configYaml.kinds),
			groups: [
				{ id: 'g', title: 'G' },
				{ id: 'g', title: 'again' }
			]
		});
		expect(twice.config).toBeUndefined();
		expect(twice.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['counts.kinds.1.id', 'duplicate kind of count "breaches"'],
			['counts.groups.1.id', 'duplicate group "g"']
		]);
	});
});

describe('countsSpec.data', () => {
	it('takes sides from the story’s actors and kinds from its configuration, listing the known ones', () => {
		expect(checkCell('side', 'blue')).toEqual({ value: 'blue', issues: [] });
		expect(checkCell('kind', 'breaches')).toEqual({ value: 'breaches', issues: [] });
		expect(checkCell('kind', 'killed-and-wounded').value).toBe('killed-and-wounded');
		const side = checkCell('side', 'green').issues[0]!;
		expect([side.message, side.hint]).toEqual(['unknown side', 'known: red, blue']);
		expect(checkCell('group', 'north-bank').value).toBe('north-bank');
		expect(checkCell('group', 'south-bank').issues[0]!.message).toBe('unknown group');
	});

	it('takes whole numbers and amounts with decimals, and an empty upper end', () => {
		expect([checkCell('count', '1464').value, checkCell('count', '81.2').value]).toEqual([1464, 81.2]);
		expect([checkCell('high', '').value, checkCell('high', '2500').value]).toEqual([null, 2500]);
		for (const bad of ['1,464', '-3', '', 'about 5', '1e3']) {
			const { value, issues } = checkCell('count', bad);
			expect([value, issues[0]?.expected], bad).toEqual([undefined, 'a number like 1464 or 81.2']);
		}
	});
});

describe('countsSpec.state', () => {
	it('takes groups and a focused claim from the data file', () => {
		const declared = (column: string) => (column === 'group' ? ['north-bank'] : ['hosp']);
		const check = countsSpec.state(refs, config, declared);
		const issues: Issue[] = [];
		expect(check({ groups: ['north-bank'], focus: 'hosp' }, ['state'], issues)).toEqual({
			groups: ['north-bank'],
			focus: 'hosp'
		});
		check({ groups: ['season'], focus: 'ops' }, ['state'], issues);
		expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['state.groups.0', 'unknown group'],
			['state.focus', 'unknown claim with counts']
		]);
	});
});
