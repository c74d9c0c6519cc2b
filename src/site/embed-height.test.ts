import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight, paragraphs, textHeight } from './embed-height.ts';

const words = (n: number) => Array.from({ length: n }, () => 'abcde').join(' ');

describe('the embed height estimate', () => {
	it('paragraphs reads plain text per block, tags dropped and each entity one character', () => {
		expect(paragraphs('<p>One <a href="#x">link</a> &amp; more</p>\n<ul><li>a</li><li>b</li></ul>')).toEqual([
			'One link _ more',
			'a',
			'b'
		]);
	});

	it('textHeight counts 36 characters a line at 26.35 px, and a 17 px gap around each paragraph', () => {
		expect(textHeight(`<p>${'x'.repeat(36)}</p>`)).toBeCloseTo(26.35 + 2 * 17, 6);
		expect(textHeight(`<p>${'x'.repeat(37)}</p><p>y</p>`)).toBeCloseTo(3 * 26.35 + 3 * 17, 6);
	});

	it('is the stepper around the tallest step, in whole pixels', () => {
		const short = { html: `<p>${words(10)}</p>` };
		const long = { html: `<p>${words(100)}</p>` };
		expect(estimateEmbedHeight([short, long])).toBe(estimateEmbedHeight([long]));
		expect(estimateEmbedHeight([short, long])).toBeGreaterThan(estimateEmbedHeight([short]));
		// 599 characters: 17 lines.
		expect(estimateEmbedHeight([long])).toBe(Math.ceil(542 + 17 * 26.35 + 2 * 17));
		expect(Number.isInteger(estimateEmbedHeight([short]))).toBe(true);
	});

	it('is the stepper alone for a chapter without text', () => {
		expect(estimateEmbedHeight([])).toBe(542);
	});
});
