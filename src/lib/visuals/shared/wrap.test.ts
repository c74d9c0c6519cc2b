import { describe, expect, it } from 'vitest';
import { wrap } from './wrap.ts';

describe('wrap', () => {
	it('wraps words greedily', () => {
		expect(wrap('French, Italian and Jordanian forces', 16)).toEqual([
			'French, Italian',
			'and Jordanian',
			'forces'
		]);
		expect(wrap('Morgan al-Gaskell via the Libyan Gazette', 20)).toEqual([
			'Morgan al-Gaskell',
			'via the Libyan',
			'Gazette'
		]);
	});

	it('gives an over-long word a line of its own', () => {
		expect(wrap('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
		expect(wrap('Supercalifragilistic x', 5)).toEqual(['Supercalifragilistic', 'x']);
	});
});
