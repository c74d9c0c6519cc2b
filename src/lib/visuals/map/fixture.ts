/** A hand-made basemap for tests of the map visuals: round numbers, so expected positions can be worked out by hand. */
import type { Basemap, BasemapPlace } from './types.ts';

const at = (id: string, name: string, x: number, y: number, estimated = false): BasemapPlace => ({
	id,
	name,
	x,
	y,
	estimated
});

export const fixtureBasemap: Basemap = {
	width: 1000,
	height: 500,
	extent: { west: 9.5, east: 26, south: 27, north: 34 },
	countries: [
		{ id: 'libya', name: 'Libya', d: 'M20,100l900,0 0,400 -900,0z', label: { x: 660, y: 360 } },
		{ id: 'tunisia', name: 'Tunisia', d: 'M0,0l20,0 0,300 -20,0z' }
	],
	coast: 'M20,100l900,0',
	water: [{ name: 'Mediterranean Sea', x: 600, y: 40 }],
	offmap: [{ id: 'rome', name: 'Rome', x: 180, y: -600 }],
	scale: { km: 200, length: 126.5 },
	places: [
		at('sirte', 'Sirte', 430, 200),
		at('tripoli', 'Tripoli', 220, 80),
		at('misrata', 'Misrata', 340, 120),
		at('abu-grain', 'Abu Grain', 350, 180),
		at('buwairat-al-hassun', 'Buwairat al-Hassun', 380, 190),
		at('al-khamseen', 'Al-Khamseen checkpoint', 400, 195, true),
		at('harawa', 'Harawa', 470, 215, true),
		at('nawfaliya', 'Nawfaliya', 505, 230),
		at('bin-jawad', 'Bin Jawad', 520, 230),
		at('ras-lanuf', 'Ras Lanuf', 550, 250),
		at('zilla', 'Zilla', 490, 390),
		at('derna', 'Derna', 800, 90),
		at('zintan', 'Zintan', 170, 150)
	]
};
