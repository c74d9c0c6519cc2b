import { describe, expect, it } from 'vitest';
import { groupTitle, qualifier, shortClaimant, thousands } from './casualty-groups.ts';

describe('shortClaimant', () => {
	it('keeps the name, a spokesman’s institution and who relayed the figure', () => {
		expect(shortClaimant('Aziz Issa, spokesman for Misrata hospital')).toBe('Aziz Issa, Misrata hospital');
		expect(shortClaimant('Mohamed al-Ghasri, GNA operations room, via Reuters')).toBe(
			'Mohamed al-Ghasri via Reuters'
		);
		expect(shortClaimant('Akram Gliwan, spokesman for Misrata central hospital, via Alwasat')).toBe(
			'Akram Gliwan, Misrata central hospital via Alwasat'
		);
		expect(shortClaimant("Misrata hospital, as reported by Libya's Channel")).toBe(
			"Misrata hospital via Libya's Channel"
		);
	});

	it('drops parentheses, later sentences and relays through the story’s own source articles', () => {
		expect(shortClaimant('Wikipedia, "Battle of Sirte (2016)", citing GNA figures')).toBe(
			'Wikipedia citing GNA figures'
		);
		expect(shortClaimant('GNA side. Reda Essa of the media centre gave about 2,000')).toBe('GNA side');
		expect(shortClaimant('The Libyan Gazette, as quoted by article 000')).toBe('The Libyan Gazette');
		expect(
			shortClaimant('Mohamed al-Ghasri (spelled "Al-Ghasr" in article 000), via the Libyan Gazette')
		).toBe('Mohamed al-Ghasri via the Libyan Gazette');
	});
});

describe('qualifier', () => {
	it('finds the word before each number of a claim', () => {
		const value = 'about 75 killed, more than 350 wounded (since early May)';
		expect([qualifier(value, 75), qualifier(value, 350)]).toEqual(['about', 'more than']);
		expect(qualifier('442 killed, more than 2,100 wounded', 2100)).toBe('more than');
		expect(qualifier('at least 28 killed, 20 wounded', 20)).toBe('');
	});

	it('does not take a number for part of a longer one', () => {
		expect(qualifier('more than 350 wounded', 35)).toBe('');
		expect(qualifier('about 2,000–2,500 killed', 2000)).toBe('about');
	});
});

describe('text helpers', () => {
	it('groups thousands with commas', () => {
		expect([thousands(7), thousands(2100), thousands(1234567)]).toEqual(['7', '2,100', '1,234,567']);
	});

	it('titles known groups and words out unknown ones', () => {
		expect([groupTitle('buwairat'), groupTitle('misrata-port')]).toEqual([
			'Buwairat al-Hassun truck bomb',
			'Misrata port'
		]);
	});
});
