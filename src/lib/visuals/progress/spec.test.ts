import { describe, expect, it } from 'vitest';
import type { StoryRefs } from '../../content/kinds.ts';
import type { Issue } from '../../content/schema.ts';
import { riverConfig, stormConfig } from './fixture.ts';
import { progressSpec, type ProgressConfig } from './spec.ts';

const refs: StoryRefs = { places: [], placeIds: ['p', 'e', 'f'], actors: ['crew', 'storm'], claims: ['c1'] };

const checkConfig = (value: unknown) => {
	const issues: Issue[] = [];
	return { value: progressSpec.config(refs)(value, ['progress'], issues), issues };
};
const cell = (config: ProgressConfig, column: string, value: string) => {
	const issues: Issue[] = [];
	const check = progressSpec.data!.columns(refs, config).find((c) => c.name === column)!.check;
	return { value: check(value, [column], issues), issues };
};

describe('progressSpec.config', () => {
	it('accepts a configuration with a break, and one with times and none', () => {
		expect(checkConfig(riverConfig)).toEqual({ value: riverConfig, issues: [] });
		expect(checkConfig({ ...stormConfig, axis: { from: '2030-08-23 06:00', to: '2030-08-31' } })).toEqual({
			value: { ...stormConfig, axis: { from: '2030-08-23 06:00', to: '2030-08-31' } },
			issues: []
		});
	});

	it('rejects an axis that ends before it starts, at the axis’s end', () => {
		const { value, issues } = checkConfig({ ...riverConfig, axis: { from: '2022-05-01', to: '2022-05-01' } });
		expect(value).toBeUndefined();
		expect(issues).toEqual([
			{
				path: ['progress', 'axis', 'to'],
				message: 'the axis ends (2022-05-01) before it starts (2022-05-01)',
				expected: 'a later date'
			}
		]);
	});

	it('rejects a break outside the axis or out of order, comparing instants', () => {
		for (const gap of [
			['2022-04-01', '2022-06-01'],
			['2022-07-01', '2022-06-01'],
			['2022-05-01 00:00', '2022-06-01']
		]) {
			const { issues } = checkConfig({ ...riverConfig, axis: { ...riverConfig.axis, break: gap } });
			expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
				['progress.axis.break', 'the break must lie inside the axis, in order']
			]);
		}
	});

	it('rejects a maximum that leaves no room, and an unknown actor', () => {
		expect(checkConfig({ ...riverConfig, max: 0 }).issues.map((i) => i.path.join('.'))).toEqual([
			'progress.max'
		]);
		const { issues } = checkConfig({ ...riverConfig, actor: 'crow' });
		expect(issues.map((i) => [i.path.join('.'), i.message, i.hint])).toEqual([
			['progress.actor', 'unknown actor', 'did you mean "crew"?']
		]);
	});
});

describe('progressSpec.data', () => {
	it('takes a date or a date-time on the axis, a date alone being its 00:00', () => {
		expect(cell(stormConfig, 'date', '2030-08-29 06:10')).toEqual({ value: '2030-08-29 06:10', issues: [] });
		expect(cell(stormConfig, 'date', '2030-08-31')).toEqual({ value: '2030-08-31', issues: [] });
		expect(cell(stormConfig, 'date', '2030-08-31 06:00').issues).toEqual([
			{
				path: ['date'],
				message: "2030-08-31 06:00 lies outside the chart's time axis",
				expected:
					'a date from 2030-08-23 to 2030-08-31 (progress.axis in visuals.yaml; a date alone means its 00:00)',
				found: '2030-08-31 06:00'
			}
		]);
	});

	it('takes values from 0 to the configured maximum', () => {
		expect(cell(riverConfig, 'value', '200').value).toBe(200);
		expect(cell(riverConfig, 'value', '12.5').value).toBe(12.5);
		expect(cell(riverConfig, 'value', '201').issues).toEqual([
			{
				path: ['value'],
				message: "201 lies outside the chart's value axis",
				expected: 'a number from 0 (the target) to 200 (progress.max in visuals.yaml)',
				found: '201'
			}
		]);
		expect(cell(stormConfig, 'value', '-3').issues.map((i) => i.expected)).toEqual([
			'a number from 0 (the target) up'
		]);
		expect(cell(stormConfig, 'value', '5000').issues).toEqual([]);
	});

	it('takes an empty place, or one of the gazetteer’s', () => {
		expect(cell(riverConfig, 'place', '')).toEqual({ value: null, issues: [] });
		expect(cell(riverConfig, 'place', 'f')).toEqual({ value: 'f', issues: [] });
		expect(cell(riverConfig, 'place', 'g').issues.map((i) => i.message)).toEqual(['unknown place']);
	});
});

describe('progressSpec.state', () => {
	const state = (value: unknown) => {
		const issues: Issue[] = [];
		const check = progressSpec.state(refs, stormConfig, (column) => (column === 'id' ? ['landfall'] : []));
		return { value: check(value, ['state'], issues), issues };
	};

	it('takes an instant on the axis and a point of the data file', () => {
		expect(state({ until: '2030-08-29 06:10', focus: 'landfall' })).toEqual({
			value: { until: '2030-08-29 06:10', focus: 'landfall' },
			issues: []
		});
	});

	it('rejects an instant off the axis and an unknown point', () => {
		const { issues } = state({ until: '2030-09-02', focus: 'landfal' });
		expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['state.until', "2030-09-02 lies outside the chart's time axis"],
			['state.focus', 'unknown progress point']
		]);
	});
});
