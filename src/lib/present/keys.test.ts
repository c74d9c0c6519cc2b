import { describe, expect, it } from 'vitest';
import { presentAction } from './keys.ts';

describe('presentAction', () => {
	it('moves on with every key a clicker sends for next, and back with every key for previous', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n'])
			expect(presentAction({ key }), key).toBe('next');
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'])
			expect(presentAction({ key }), key).toBe('previous');
	});

	it('knows the ends, fullscreen, the overview, the blank screen and Escape', () => {
		expect(['Home', 'End', 'f', 'o', 'b', '.', 'Escape'].map((key) => presentAction({ key }))).toEqual([
			'first',
			'last',
			'fullscreen',
			'overview',
			'blank',
			'blank',
			'leave'
		]);
	});

	it('leaves modified presses to the browser, Space and Enter to a focused control, and other keys alone', () => {
		expect(presentAction({ key: 'ArrowRight', altKey: true })).toBeNull();
		expect(presentAction({ key: 'f', ctrlKey: true })).toBeNull();
		expect(presentAction({ key: ' ' }, true)).toBeNull();
		expect(presentAction({ key: 'Enter' }, true)).toBeNull();
		expect(presentAction({ key: 'ArrowRight' }, true)).toBe('next');
		expect(presentAction({ key: 'x' })).toBeNull();
	});
});
