import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forReader } from '../content/reader.ts';
import { loadAllStories } from '../../site/read-stories.ts';
import type { AdvanceState } from './advance/advance.ts';
import { layoutAdvance } from './advance/advance.ts';
import { layoutCampaign, type CampaignState } from './campaign/campaign.ts';
import { buildBasemap } from './map/basemap.ts';
import {
	advanceLayout,
	campaignLayout,
	casualtyLayout,
	prepare,
	inTurnWhenIdle,
	visualTable
} from './prepared.ts';
import type { CasualtyState } from './casualties/casualties.ts';
import type { VisualRef } from '../content/types.ts';

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

	it("share every mark a step leaves unchanged with the previous step's layout of the same kind and size", () => {
		const [a, b] = of('campaign')
			.slice(3, 5)
			.map((v) => v.state as unknown as CampaignState);
		const before = campaignLayout(basemap, a!, 611, 411);
		const after = campaignLayout(basemap, b!, 611, 411);
		const fresh = layoutCampaign(basemap, b!, { width: 611, height: 411 });
		expect(after).toEqual(fresh);
		const kept = after.marks.filter((m) => before.marks.includes(m));
		const unchanged = fresh.marks.filter(
			(m) => JSON.stringify(before.marks.find((o) => o.id === m.id)) === JSON.stringify(m)
		);
		expect(unchanged.length).toBeGreaterThan(0);
		expect(kept.map((m) => m.id)).toEqual(unchanged.map((m) => m.id));
	});
});

/** A step's layout at a size, as its component asks for it. */
const layoutOf = (visual: VisualRef, width: number, height: number) => {
	const state = visual.state as unknown;
	if (visual.key === 'advance')
		return advanceLayout(data.advance, claims, state as AdvanceState, width, height);
	if (visual.key === 'casualties')
		return casualtyLayout(data.casualties, claims, state as CasualtyState, width, height);
	return campaignLayout(basemap, state as CampaignState, width, height);
};
/** Whether asking for that layout computes it: every layout filters its dataset, a remembered one does not. */
const computes = (visual: VisualRef, width: number, height: number) => {
	const dataset = { advance: data.advance, casualties: data.casualties }[visual.key] ?? basemap.places;
	const spy = vi.spyOn(dataset as unknown[], 'filter');
	layoutOf(visual, width, height);
	const called = spy.mock.calls.length > 0;
	spy.mockRestore();
	return called;
};

describe('prepare', () => {
	it('lays out a step of each kind ahead, so the drawing finds its layout and table ready', () => {
		for (const visual of [of('advance')[2]!, of('casualties')[0]!, of('campaign')[0]!]) {
			expect(computes(visual, 501, 401), visual.key).toBe(true);
			prepare(visual, data, claims, basemap, 500, 400);
			expect(computes(visual, 500, 400), visual.key).toBe(false);
			expect(visualTable(visual, data, claims, basemap)).toBe(visualTable(visual, data, claims, basemap));
		}
	});
});

describe('inTurnWhenIdle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs one job per idle moment, and stops when asked', () => {
		const visuals = of('campaign').slice(1, 4);
		const stop = inTurnWhenIdle(visuals.map((v) => () => prepare(v, data, claims, basemap, 640, 420)));
		vi.advanceTimersToNextTimer();
		stop();
		vi.runAllTimers();
		expect(computes(visuals[0]!, 640, 420)).toBe(false);
		expect(computes(visuals[1]!, 640, 420)).toBe(true);
		expect(computes(visuals[2]!, 640, 420)).toBe(true);
	});
});
