import { describe, expect, it } from 'vitest';
import { hasTime, instant, longDate, shortDate } from './dates.ts';

describe('the chart’s clock', () => {
	it('reads a date as its 00:00 and a date-time as written, both in UTC', () => {
		expect(instant('2030-08-29')).toBe(Date.UTC(2030, 7, 29));
		expect(instant('2030-08-29 06:10')).toBe(Date.UTC(2030, 7, 29, 6, 10));
		expect([hasTime('2030-08-29'), hasTime('2030-08-29 06:10')]).toEqual([false, true]);
	});

	it('writes short dates for labels, with the time when there is one', () => {
		expect(shortDate('2022-05-05')).toBe('5 May');
		expect(shortDate('2030-08-29 06:10')).toBe('29 Aug 06:10');
	});

	it('writes long dates for sentences, with the year when asked', () => {
		expect(longDate('2022-06-15')).toBe('15 June');
		expect(longDate('2022-06-15', true)).toBe('15 June 2022');
		expect(longDate('2030-08-29 06:10', true)).toBe('29 August 2030 06:10');
	});
});
