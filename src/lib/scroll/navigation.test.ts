import { describe, expect, it } from 'vitest';
import { clamp, isTyping, keyDelta, stepFromHash } from './navigation.ts';

describe('keyDelta', () => {
	it('moves with j and k anywhere on the page', () => {
		expect(keyDelta({ key: 'j' }, false)).toBe(1);
		expect(keyDelta({ key: 'k' }, false)).toBe(-1);
	});

	it('moves with arrows and page keys only when the story has focus, so page scrolling is left alone elsewhere', () => {
		expect(keyDelta({ key: 'ArrowDown' }, false)).toBe(0);
		expect(keyDelta({ key: 'ArrowDown' }, true)).toBe(1);
		expect(keyDelta({ key: 'ArrowLeft' }, true)).toBe(-1);
		expect(keyDelta({ key: 'PageDown' }, true)).toBe(1);
	});

	it('ignores keys with modifiers and other keys', () => {
		expect(keyDelta({ key: 'j', ctrlKey: true }, true)).toBe(0);
		expect(keyDelta({ key: 'x' }, true)).toBe(0);
	});
});

describe('isTyping', () => {
	it('recognises form fields and editable content', () => {
		expect(isTyping({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
		expect(isTyping({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
		expect(isTyping({ tagName: 'A' } as unknown as EventTarget)).toBe(false);
		expect(isTyping(null)).toBe(false);
	});
});

describe('stepFromHash', () => {
	const ids = ['alder-ash-falls', 'ash-brook'];
	it('finds the step a #step- fragment names', () => {
		expect(stepFromHash('#step-ash-brook', ids)).toBe(1);
	});
	it('finds the step a number names, counting from 1: the presenter’s short link', () => {
		expect(stepFromHash('#1', ids)).toBe(0);
		expect(stepFromHash('#2', ids)).toBe(1);
		expect(stepFromHash('#3', ids)).toBe(-1);
		expect(stepFromHash('#0', ids)).toBe(-1);
		expect(stepFromHash('#01', ids)).toBe(-1);
	});
	it('returns -1 for other fragments, unknown ids and malformed escapes', () => {
		expect(stepFromHash('#claim-x', ids)).toBe(-1);
		expect(stepFromHash('#step-nope', ids)).toBe(-1);
		expect(stepFromHash('#step-%E0%A4%A', ids)).toBe(-1);
		expect(stepFromHash('', ids)).toBe(-1);
	});
});

describe('clamp', () => {
	it('keeps an index within the steps', () => {
		expect([clamp(-3, 5), clamp(2, 5), clamp(9, 5)]).toEqual([0, 2, 4]);
	});
});
