import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forReader } from '../content/reader.ts';
import { loadAllStories } from '../../site/read-stories.ts';
import type { AdvanceState } from './advance/advance.ts';
import { layoutAdvance } from './advance/advance.ts';
import type { CampaignState } from './campaign/campaign.ts';
import { buildBasemap } from './map/basemap.ts';
import {
	advanceLayout,
	campaignLayout,
	casualtyLayout,
	prepare,
	prepareWhenIdle,
	visualTable
} from './prepared.ts';
import type { CasualtyState } from './casualties/casualties.ts';

const story = loadAllStories(process.cwd())[0]!.story!;
const { data, claims } = forReader(story);
const basemap = buildBasemap(story.data.places);
const steps = story.chapters.flatMap((c) => c.steps);
const of = (key: string) => steps.filter((s) => s.visual.key === key).map((s) => s.visual);

describe('remembered layouts', () => {
	it('are computed once per state and size, and equal what the layout function computes', () => {
		const state = of('advance')[0]!.state as unknown as AdvanceState;
		const first = advanceLayout(data.advance, claims, state, 560, 380);
		expect(advanceLayout(data.advance, claims, state, 560, 380)).toBe(first);
		expect(first).toEqual(layoutAdvance(data.advance, claims, state, { width: 560, height: 380 }));
		expect(advanceLayout(data.advance, claims, state, 390, 380)).not.toBe(first);
	});

	it('keep a few sizes per state, forgetting the oldest', () => {
		const state = of('advance')[1]!.state as unknown as AdvanceState;
		const first = advanceLayout(data.advance, claims, state, 300, 300);
		for (let w = 301; w < 320; w++) advanceLayout(data.advance, claims, state, w, 300);
		expect(advanceLayout(data.advance, claims, state, 300, 300)).not.toBe(first);
	});
});

describe('prepare', () => {
	it('lays out a step of each kind ahead, so the drawing finds the same layout and table', () => {
		for (const visual of [of('advance')[2]!, of('casualties')[0]!, of('campaign')[0]!]) {
			prepare(visual, data, claims, basemap, 500, 400);
			const state = visual.state as unknown;
			const layout =
				visual.key === 'advance'
					? advanceLayout(data.advance, claims, state as AdvanceState, 500, 400)
					: visual.key === 'casualties'
						? casualtyLayout(data.casualties, claims, state as CasualtyState, 500, 400)
						: campaignLayout(basemap, state as CampaignState, 500, 400);
			// Asked again, the answer is the very object prepared (a fresh computation would only be equal).
			expect(
				visual.key === 'advance'
					? advanceLayout(data.advance, claims, state as AdvanceState, 500, 400)
					: visual.key === 'casualties'
						? casualtyLayout(data.casualties, claims, state as CasualtyState, 500, 400)
						: campaignLayout(basemap, state as CampaignState, 500, 400)
			).toBe(layout);
			expect(visualTable(visual, data, claims, basemap)).toBe(visualTable(visual, data, claims, basemap));
		}
	});
});

describe('prepareWhenIdle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('prepares one visual per idle moment, and stops when asked', () => {
		const visuals = of('campaign').slice(1, 4);
		const state = (i: number) => visuals[i]!.state as unknown as CampaignState;
		// Laying out a campaign state filters the basemap's places: a remembered layout does not.
		const computes = (i: number) => {
			const spy = vi.spyOn(basemap.places, 'filter');
			campaignLayout(basemap, state(i), 640, 420);
			const called = spy.mock.calls.length > 0;
			spy.mockRestore();
			return called;
		};
		const stop = prepareWhenIdle(visuals, data, claims, basemap, 640, 420);
		vi.advanceTimersToNextTimer();
		stop();
		vi.runAllTimers();
		expect(computes(0)).toBe(false);
		expect(computes(1)).toBe(true);
		expect(computes(2)).toBe(true);
	});
});
