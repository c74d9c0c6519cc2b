import { describe, expect, it } from 'vitest';
import { clock, pace } from './pacing.ts';

describe('clock', () => {
	it('writes minutes and seconds, and hours from an hour on', () => {
		expect(clock(0)).toBe('0:00');
		expect(clock(65_900)).toBe('1:05');
		expect(clock(3_725_000)).toBe('1:02:05');
		expect(clock(-5000)).toBe('0:00');
	});
});

describe('pace', () => {
	it('is null when the story plans no step', () => {
		expect(pace([undefined, undefined], 1, 60_000)).toBeNull();
	});

	it('compares the time used with the plan up to the end of the active step', () => {
		const minutes = [2, undefined, 1.5];
		expect(pace(minutes, 0, 60_000)).toEqual({ planned: 2, behind: -60_000 });
		expect(pace(minutes, 1, 150_000)).toEqual({ planned: 0, behind: 30_000 });
		expect(pace(minutes, 2, 210_000)).toEqual({ planned: 1.5, behind: 0 });
	});
});
