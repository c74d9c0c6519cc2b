import { describe, expect, it } from 'vitest';
import { loadAllStories } from '../../../site/read-stories.ts';
import { buildBasemap } from '../map/basemap.ts';
import { layoutCampaign, type CampaignState } from './campaign.ts';

/** Every campaign step of every story, with the basemap its page is built with. */
const steps = loadAllStories(process.cwd()).flatMap(({ story }) => {
	const basemap = buildBasemap(story!.data.places);
	return story!.chapters.flatMap((c) =>
		c.steps
			.filter((s) => s.visual.key === 'campaign')
			.map((s) => ({ id: s.id, basemap, state: s.visual.state as unknown as CampaignState }))
	);
});
/** Frames from a small phone to a large screen, in odd sizes so text and strokes scale by awkward factors. */
const sizes = [280, 333, 360, 414, 500, 640, 777, 1000, 1280, 1600].flatMap((width) =>
	[220, 390, 641, 900, 1111].map((height) => ({ width, height }))
);

/** Every number in a value, with where it is: numbers, and numbers inside strings (path data, dash patterns). */
function numbers(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'number') return [[path, String(value)]];
	if (typeof value === 'string') return (value.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map((n) => [path, n]);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
	return [];
}
const tooPrecise = (n: string) => /\.\d{3}|e/.test(n);

describe('the campaign layout of every real step', () => {
	it('finds the steps: the story has campaign steps, some of them with the later layers', () => {
		expect(steps.length).toBeGreaterThanOrEqual(16);
		const layers = new Set(steps.flatMap((s) => s.state.layers));
		expect([...layers]).toEqual(expect.arrayContaining(['pfg-advance', 'us-airstrikes', 'lna-ports']));
	});

	it('has no number with more than 2 decimals, at any frame size', () => {
		const found = steps.flatMap(({ id, basemap, state }) =>
			sizes.flatMap((size) =>
				numbers(layoutCampaign(basemap, state, size))
					.filter(([, n]) => tooPrecise(n))
					.map(([path, n]) => `${id} ${size.width}×${size.height} ${path}: ${n}`)
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
