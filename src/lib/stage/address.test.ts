import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followSteps } from './address.ts';

describe('followSteps', () => {
	beforeEach(() => vi.useFakeTimers({ now: 0 }));
	afterEach(() => vi.useRealTimers());

	it('updates the address once per step change, in a later task than the change', () => {
		const calls: string[] = [];
		const follow = followSteps((h) => calls.push(h));
		follow.step('a');
		expect(calls).toEqual([]);
		follow.step('a');
		vi.advanceTimersByTime(0);
		expect(calls).toEqual(['#step-a']);
	});

	it('never updates more often than the interval, and the last step asked for lands', () => {
		const calls: string[] = [];
		const follow = followSteps((h) => calls.push(h), 350);
		follow.step('a');
		vi.advanceTimersByTime(0);
		vi.advanceTimersByTime(100);
		follow.step('b');
		follow.step('c');
		expect(calls).toEqual(['#step-a']);
		vi.advanceTimersByTime(250);
		expect(calls).toEqual(['#step-a', '#step-c']);
	});

	it('does not write a step already shown after a burst returns to it', () => {
		const calls: string[] = [];
		const follow = followSteps((h) => calls.push(h), 350);
		follow.step('a');
		follow.step('b');
		follow.step('a');
		vi.advanceTimersByTime(400);
		expect(calls).toEqual(['#step-a']);
	});

	it('clears the fragment before the first step', () => {
		const calls: string[] = [];
		const follow = followSteps((h) => calls.push(h), 0);
		follow.step('a');
		vi.advanceTimersByTime(0);
		follow.step('');
		vi.advanceTimersByTime(1);
		expect(calls).toEqual(['#step-a', '']);
	});
});
