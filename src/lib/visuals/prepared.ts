/**
 * The visuals' layouts and texts, remembered. Components ask here rather than computing; `prepare` asks the same
 * questions ahead of time, in idle moments, for the steps around the reader's, so a step change finds its layout
 * ready and only updates the page (and a kind of visual met for the first time is already compiled by the engine).
 *
 * The cache is keyed by the step's state object, then by what was asked and at which size. A state belongs to one
 * story, whose data does not change while the page is open, so the state stands for the data too.
 */
import type { ReaderData } from '../content/reader.ts';
import type { Claim, VisualRef } from '../content/types.ts';
import { advanceTable, describeAdvance, layoutAdvance, type AdvanceState } from './advance/advance.ts';
import { campaignTable, describeCampaign, layoutCampaign, type CampaignState } from './campaign/campaign.ts';
import { casualtyTable, describeCasualties, type CasualtyState } from './casualties/casualties.ts';
import { casualtyFigure } from './casualties/figure.ts';
import type { Basemap } from './map/types.ts';
import { share } from './shared/share.ts';

const cache = new WeakMap<object, Map<string, unknown>>();
/** Answers kept per state: a text, a table and a few sizes (a rotation, a resize, the static figure). */
const KEPT = 8;

/** The layout last computed for each kind of visual and size, which the next one shares its unchanged parts with. */
const lastLayout = new Map<string, unknown>();
/** Sizes kept in `lastLayout`: a resize goes through many, and only the latest matter. */
const SIZES_KEPT = 6;

/**
 * A layout, remembered like any answer, whose marks are the very objects of the last layout of the same kind and size
 * wherever they are unchanged (see share.ts): the next step's update then touches only what differs.
 */
function rememberLayout<R>(kind: string, state: object, size: string, compute: () => R): R {
	return remember(state, `layout ${size}`, () => {
		const key = `${kind} ${size}`;
		const layout = share(lastLayout.get(key), compute());
		keepLatest(lastLayout, key, layout, SIZES_KEPT);
		return layout;
	});
}

/** Sets `key` in `map` as its newest entry, forgetting the oldest beyond `limit` entries. */
function keepLatest<K, V>(map: Map<K, V>, key: K, value: V, limit: number) {
	map.delete(key);
	map.set(key, value);
	if (map.size > limit) map.delete(map.keys().next().value!);
}

function remember<R>(state: object, question: string, compute: () => R): R {
	let answers = cache.get(state);
	if (!answers) cache.set(state, (answers = new Map()));
	if (answers.has(question)) return answers.get(question) as R;
	const answer = compute();
	keepLatest(answers, question, answer, KEPT);
	return answer;
}

type Events = ReaderData['advance'];
type Reports = ReaderData['casualties'];

export const advanceLayout = (
	events: Events,
	claims: Claim[],
	state: AdvanceState,
	width: number,
	height: number
) =>
	rememberLayout('advance', state, `${width}×${height}`, () =>
		layoutAdvance(events, claims, state, { width, height })
	);
export const advanceText = (events: Events, state: AdvanceState) =>
	remember(state, 'text', () => describeAdvance(events, state));

export const casualtyLayout = (
	reports: Reports,
	claims: Claim[],
	state: CasualtyState,
	width: number,
	height: number
) =>
	rememberLayout('casualties', state, `${width}×${height}`, () =>
		casualtyFigure(reports, claims, state, { width, height })
	);
export const casualtyText = (reports: Reports, claims: Claim[], state: CasualtyState) =>
	remember(state, 'text', () => describeCasualties(reports, claims, state));

export const campaignLayout = (basemap: Basemap, state: CampaignState, width: number, height: number) =>
	rememberLayout('campaign', state, `${width}×${height}`, () =>
		layoutCampaign(basemap, state, { width, height })
	);
export const campaignText = (basemap: Basemap, state: CampaignState) =>
	remember(state, 'text', () => describeCampaign(basemap, state));

/** The data table behind "Show the data" for a step's visual (none for a map visual without its basemap). */
export function visualTable(visual: VisualRef, data: ReaderData, claims: Claim[], basemap?: Basemap) {
	return remember(visual.state, 'table', () => {
		const state = visual.state as unknown;
		if (visual.key === 'advance') return advanceTable(data.advance, claims, state as AdvanceState);
		if (visual.key === 'casualties') return casualtyTable(data.casualties, claims, state as CasualtyState);
		if (visual.key === 'campaign' && basemap) return campaignTable(basemap, state as CampaignState);
		return undefined;
	});
}

/** Computes, and remembers, everything a step's visual needs to be drawn at `width` × `height`. */
export function prepare(
	visual: VisualRef,
	data: ReaderData,
	claims: Claim[],
	basemap: Basemap | undefined,
	width: number,
	height: number
) {
	const state = visual.state as unknown;
	visualTable(visual, data, claims, basemap);
	if (visual.key === 'advance') {
		advanceLayout(data.advance, claims, state as AdvanceState, width, height);
		advanceText(data.advance, state as AdvanceState);
	} else if (visual.key === 'casualties') {
		casualtyLayout(data.casualties, claims, state as CasualtyState, width, height);
		casualtyText(data.casualties, claims, state as CasualtyState);
	} else if (visual.key === 'campaign' && basemap) {
		campaignLayout(basemap, state as CampaignState, width, height);
		campaignText(basemap, state as CampaignState);
	}
}

/**
 * Runs `jobs` in turn, one per idle moment of the browser (a 2 s timeout where it never is one), so that none makes a
 * long task of another's; returns a function that stops what is left.
 */
export function inTurnWhenIdle(jobs: readonly (() => void)[]): () => void {
	const queue = [...jobs];
	let stop = () => {};
	const next = () => {
		const job = queue.shift();
		if (!job) return;
		job();
		stop = whenIdle(next);
	};
	stop = whenIdle(next);
	return () => stop();
}

function whenIdle(run: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(run, { timeout: 2000 });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(run, 50);
	return () => clearTimeout(handle);
}
