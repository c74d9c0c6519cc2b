import { describe, expect, it } from 'vitest';
import { embedOptions } from './options.ts';

const ids = ['a', 'b', 'c', 'd'];

describe('embedOptions', () => {
	it('shows the whole chapter in the stepper, themed as the reader prefers, by default', () => {
		expect(embedOptions('', ids)).toEqual({ mode: 'stepper', theme: 'auto', first: 0, last: 3 });
	});

	it('reads the mode, the theme and a step range, in either order', () => {
		expect(embedOptions('?mode=scroll&theme=dark&from=b&to=c', ids)).toEqual({
			mode: 'scroll',
			theme: 'dark',
			first: 1,
			last: 2
		});
		expect(embedOptions('?from=d&to=b', ids)).toMatchObject({ first: 1, last: 3 });
		expect(embedOptions('?from=c', ids)).toMatchObject({ first: 2, last: 3 });
		expect(embedOptions('?to=a', ids)).toMatchObject({ first: 0, last: 0 });
	});

	it('takes the defaults for unknown modes and themes', () => {
		expect(embedOptions('?mode=slides&theme=neon', ids)).toMatchObject({ mode: 'stepper', theme: 'auto' });
	});

	it('shows the whole chapter, and names the step, when from or to names no step', () => {
		expect(embedOptions('?from=b&to=zz', ids)).toEqual({
			mode: 'stepper',
			theme: 'auto',
			first: 0,
			last: 3,
			unknownStep: 'zz'
		});
		expect(embedOptions('?from=', ids)).toMatchObject({ first: 0, last: 3, unknownStep: '' });
	});

	it('falls back to the stepper where the host cannot follow a page-tall chapter', () => {
		expect(embedOptions('?mode=scroll', ids, true).mode).toBe('stepper');
		expect(embedOptions('?mode=article', ids, true).mode).toBe('article');
	});
});
