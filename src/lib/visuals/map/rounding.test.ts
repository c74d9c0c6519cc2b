import { describe, expect, it } from 'vitest';
import { ALL, input } from './fixture.ts';
import { layoutMap } from './layout.ts';

/** States of the fixture: each layer alone, all of them, and all of them with each place highlighted. */
const states = [
	...ALL.map((l) => ({ layers: [l] })),
	...input.basemap!.places.map((p) => ({ layers: ALL, focus: p.id }))
];
/** Frames from a small phone to a large screen, in odd sizes so text and strokes scale by awkward factors. */
const sizes = [280, 333, 360, 414, 500, 640, 777, 1000, 1280, 1600].flatMap((width) =>
	[220, 390, 641, 900, 1111].map((height) => ({ width, height }))
);

/**
 * Every number in a value, with where it is: numbers, and numbers inside strings (path data, dash patterns), but not
 * colours ("#2e6b30" is no number).
 */
function numbers(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'number') return [[path, String(value)]];
	if (path.endsWith('.colour')) return [];
	if (typeof value === 'string') return (value.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map((n) => [path, n]);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
	return [];
}
const tooPrecise = (n: string) => /\.\d{3}|e/.test(n);

describe('the map layout, at any frame size', () => {
	it('has no number with more than 2 decimals', () => {
		const found = states.flatMap((state) =>
			sizes.flatMap((size) =>
				numbers(layoutMap(input, state, size))
					.filter(([, n]) => tooPrecise(n))
					.map(([path, n]) => `${state.layers.join('+')} ${size.width}×${size.height} ${path}: ${n}`)
			)
		);
		expect(found.slice(0, 10)).toEqual([]);
	});

	it('would see float noise: the check itself catches it', () => {
		expect(numbers({ a: 15.485999999999999, d: 'M1,2L3.25,1e-7' }).filter(([, n]) => tooPrecise(n))).toEqual([
			['.a', '15.485999999999999'],
			['.d', '1e-7']
		]);
	});
});
