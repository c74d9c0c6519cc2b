import { describe, expect, it } from 'vitest';
import { layoutLocator } from './locator.ts';
import { fixtureBasemap as basemap } from './test-fixture.ts';

describe('layoutLocator', () => {
	it('draws every place, the focused one ringed', () => {
		const map = layoutLocator(basemap, 'zilla', { width: 1000, height: 500 });
		expect(map.places).toHaveLength(basemap.places.length);
		expect(map.places.filter((p) => p.focused).map((p) => p.id)).toEqual(['zilla']);
		expect(map.focus).toEqual({ x: 490, y: 390, r: 9 });
	});

	it('names the focused place, Tripoli and Sirte, and Libya when there is room', () => {
		const map = layoutLocator(basemap, 'zilla', { width: 1000, height: 500 });
		expect(map.labels.map((l) => [l.id, l.text, l.anchor, l.focused])).toEqual([
			['sirte', 'Sirte', 'start', false],
			['tripoli', 'Tripoli', 'start', false],
			['zilla', 'Zilla', 'start', true],
			['country-libya', 'LIBYA', 'middle', false]
		]);
		expect(map.labels.find((l) => l.id === 'zilla')).toMatchObject({ x: 502.9, y: 390 }); // 9 units of ring, then 0.3 × 13 of gap
	});

	it('sizes dots and strokes to the rendered size, rounded to 0.01 unit', () => {
		// At 420 px wide, text is 12 × 1000 / 420 = 28.57 units and u = 2.2: 1.2 u is 2.64, not 2.6400000000000006.
		const map = layoutLocator(basemap, 'zilla', { width: 420, height: 300 });
		expect([map.fontSize, map.u]).toEqual([28.57, 2.2]);
		expect(map.strokes).toEqual({ outline: 2.64, ring: 6.6, halo: 8 });
		expect(map.places.filter((p) => ['zilla', 'sirte'].includes(p.id)).map((p) => [p.id, p.r])).toEqual([
			['sirte', 6.6],
			['zilla', 9.9]
		]);
	});

	it('keeps text at 12 CSS pixels on a small map, up to 60 units', () => {
		expect(layoutLocator(basemap, undefined, { width: 240, height: 200 }).fontSize).toBe(50);
		expect(layoutLocator(basemap, undefined, { width: 150, height: 200 }).fontSize).toBe(60);
	});

	it('describes what it highlights', () => {
		expect(layoutLocator(basemap, 'harawa', { width: 400, height: 200 })).toMatchObject({
			title: 'Where Harawa is',
			description:
				"Map of Libya's coast, from the Tunisian border to the Egyptian one, with Harawa highlighted (position approximate) among the story's 13 places."
		});
		expect(layoutLocator(basemap, undefined, { width: 400, height: 200 }).title).toBe('Places in the story');
	});
});
