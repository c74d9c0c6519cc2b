import { describe, expect, it } from 'vitest';
import { hasTime, instant } from './dates.ts';

describe('the chart’s clock', () => {
	it('reads a date as its 00:00 and a date-time as written, both in UTC', () => {
		expect(instant('2030-08-29')).toBe(Date.UTC(2030, 7, 29));
		expect(instant('2030-08-29 06:10')).toBe(Date.UTC(2030, 7, 29, 6, 10));
		expect([hasTime('2030-08-29'), hasTime('2030-08-29 06:10')]).toEqual([false, true]);
	});
});
