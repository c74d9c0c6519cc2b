import { describe, expect, it } from 'vitest';
import { qualifier, shortClaimant } from './claim-words.ts';

describe('shortClaimant', () => {
	it('keeps the name, a spokesman’s institution and who relayed the figure', () => {
		expect(shortClaimant('Ana Lima, spokesman for the town hospital', 'en')).toBe(
			'Ana Lima, the town hospital'
		);
		expect(shortClaimant('Katarina Novak, river authority, via Daily Wire', 'en')).toBe(
			'Katarina Novak via Daily Wire'
		);
		expect(shortClaimant('Piet Mol, spokesman for the central hospital, via Radio Nord', 'en')).toBe(
			'Piet Mol, the central hospital via Radio Nord'
		);
		expect(shortClaimant('The town hospital, as reported by Channel 9', 'en')).toBe(
			'The town hospital via Channel 9'
		);
	});

	it('drops parentheses, later sentences and relays through the story’s own source articles', () => {
		expect(shortClaimant('Almanac, "Flood of the valley (1999)", citing company figures', 'en')).toBe(
			'Almanac citing company figures'
		);
		expect(shortClaimant('Red side. Jo Bloggs of the press office gave about 2,000', 'en')).toBe('Red side');
		expect(shortClaimant('The Valley Gazette, as quoted by article 000', 'en')).toBe('The Valley Gazette');
		expect(shortClaimant('The Valley Gazette, via article 000', 'en')).toBe('The Valley Gazette');
		expect(
			shortClaimant('Katarina Novak (spelled "K. Nowak" in article 000), via the Valley Gazette', 'en')
		).toBe('Katarina Novak via the Valley Gazette');
	});
});

describe('qualifier', () => {
	it('finds the word before each number of a claim', () => {
		const value = 'about 75 killed, more than 350 wounded (since early May)';
		expect([qualifier(value, 75, 'en'), qualifier(value, 350, 'en')]).toEqual(['about', 'more than']);
		expect(qualifier('442 killed, more than 2,100 wounded', 2100, 'en')).toBe('more than');
		expect(qualifier('At least 28 killed, 20 wounded', 28, 'en')).toBe('at least');
		expect(qualifier('at least 28 killed, 20 wounded', 20, 'en')).toBe('');
	});

	it('does not take a number for part of a longer one', () => {
		expect(qualifier('more than 350 wounded', 35, 'en')).toBe('');
		expect(qualifier('about 2,000–2,500 killed', 2000, 'en')).toBe('about');
		expect(qualifier('about 2,000–2,500 killed', 2, 'en')).toBe('');
		expect(qualifier('about 2.5 million displaced', 2, 'en')).toBe('');
	});

	it('reads amounts with decimals', () => {
		expect(qualifier('nearly 81.2 billion dollars', 81.2, 'en')).toBe('nearly');
		expect(qualifier('nearly 8112 billion dollars', 81.2, 'en')).toBe('');
	});
});
