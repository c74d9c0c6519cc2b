import { describe, expect, it } from 'vitest';
import { hrefAtStep, stepFromQuery, withStep } from './query.ts';

const ids = ['ash', 'brook', 'cedar'];

describe('stepFromQuery', () => {
	it('reads the step the address names, and the first step when it names none', () => {
		expect(stepFromQuery('?step=brook', ids)).toEqual({ index: 1 });
		expect(stepFromQuery('', ids)).toEqual({ index: 0 });
		expect(stepFromQuery('?notes=below', ids)).toEqual({ index: 0 });
	});

	it('opens at the first step, naming the unknown one, when the address names no step there is', () => {
		expect(stepFromQuery('?step=oak', ids)).toEqual({ index: 0, unknown: 'oak' });
		expect(stepFromQuery('?step=', ids)).toEqual({ index: 0 });
	});
});

describe('withStep', () => {
	it('sets the step and keeps every other parameter', () => {
		expect(withStep('?step=ash&theme=dark', 'cedar')).toBe('?step=cedar&theme=dark');
		expect(withStep('', 'a b')).toBe('?step=a+b');
	});
});

describe('hrefAtStep', () => {
	it('puts the step in place of the query, and keeps the fragment', () => {
		expect(hrefAtStep('https://example.org/present/s/?theme=dark#top', 'brook')).toBe(
			'https://example.org/present/s/?step=brook#top'
		);
		expect(hrefAtStep('file:///x/s-present.html', 'ash')).toBe('file:///x/s-present.html?step=ash');
	});
});
