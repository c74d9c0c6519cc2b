import { describe, expect, it } from 'vitest';
import { spliceIsland } from './islands.ts';

describe('spliceIsland', () => {
	it('puts the HTML inside the empty island element, and nothing else changes', () => {
		const view = '<main><div data-island="map" class="s-1"></div><p>after</p></main>';
		expect(spliceIsland(view, 'map', '<!--[--><svg>$& $1</svg><!--]-->')).toBe(
			'<main><div data-island="map" class="s-1"><!--[--><svg>$& $1</svg><!--]--></div><p>after</p></main>'
		);
	});

	it.each([
		['no such island', '<div data-island="other"></div>', 'found 0'],
		['an island that is not empty', '<div data-island="map"><p></p></div>', 'found 0'],
		['the island twice', '<div data-island="map"></div><div data-island="map"></div>', 'found 2']
	])('says what is wrong with %s', (_, view, found) => {
		expect(() => spliceIsland(view, 'map', '<svg></svg>')).toThrow(
			`expected one empty <div data-island="map"> in the rendered view, ${found}`
		);
	});
});
