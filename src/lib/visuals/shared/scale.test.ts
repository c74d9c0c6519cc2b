import { scaleLinear } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcWeek } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../i18n/format.ts';
import { linear, sundays } from './scale.ts';

// d3-scale and d3-time-format are dev-only here: the tests hold the light versions to what d3 itself gives.
describe('linear', () => {
	it('maps like d3 scaleLinear, with the same nice domain and ticks', () => {
		const ours = linear([0, 190], [44, 364], { nice: true });
		const d3 = scaleLinear().domain([0, 190]).range([44, 364]).nice();
		expect(ours.domain).toEqual(d3.domain());
		expect(ours.ticks(5)).toEqual(d3.ticks(5));
		for (const v of [0, 37.5, 140, 200]) expect(ours(v)).toBeCloseTo(d3(v), 10);
	});

	it('maps a date domain in milliseconds like a UTC time scale', () => {
		const a = Date.UTC(2016, 4, 1);
		const b = Date.UTC(2016, 5, 15);
		expect(linear([a, b], [48, 584])(Date.UTC(2016, 4, 5))).toBeCloseTo(48 + (536 * 4) / 45, 10);
	});

	it('puts a one-value domain in the middle of the range', () => {
		expect(linear([5, 5], [0, 100])(5)).toBe(50);
	});
});

describe('sundays, and their labels', () => {
	it('give the same weekly ticks and labels as d3-time and d3-time-format', () => {
		const start = new Date(Date.UTC(2016, 4, 1));
		const end = new Date(Date.UTC(2016, 5, 16));
		expect(sundays(start, new Date(Date.UTC(2016, 5, 15)))).toEqual(utcWeek.range(start, end));
		const format = utcFormat('%-d %b');
		for (const d of utcWeek.range(start, end)) expect(formatDate(d, 'en', 'short')).toBe(format(d));
	});
});
