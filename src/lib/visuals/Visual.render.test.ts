import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forReader } from '../content/reader.ts';
import { fixtureStory } from '../../../tests/fixtures/story.ts';
import { storyBasemap } from './map/story-basemap.ts';
import Visual from './Visual.svelte';

const story = fixtureStory();
const { visuals, claims } = forReader(story);
const basemap = storyBasemap(story);
const steps = story.chapters.flatMap((c) => c.steps);
const first = (key: string) => steps.find((s) => s.visual.key === key)!;
const progress = first('progress');
const counts = first('counts');
const mapStep = first('map');

const props = (step: typeof progress, upcoming: (typeof progress)[]) => ({
	visual: step.visual,
	visuals,
	claims,
	alt: step.alt,
	basemap,
	uid: 'v',
	decorative: true,
	upcoming: upcoming.map((s) => s.visual)
});
/** Runs every idle job queued, and the update each one asks for. */
const idle = () => {
	vi.runAllTimers();
	flushSync();
};
const layers = (container: Element) =>
	[...container.querySelectorAll('.layer')].map((l) => [
		l.getAttribute('data-visual'),
		l.classList.contains('hidden') ? 'hidden' : 'shown'
	]);

describe('Visual, as the sticky visual', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it("draws the step's kind at once, and the other kinds ahead, hidden, while the browser is idle", () => {
		const { container } = render(Visual, { props: props(progress, [counts, mapStep]) });
		expect(layers(container)).toEqual([['progress', 'shown']]);
		idle();
		expect(layers(container)).toEqual([
			['progress', 'shown'],
			['counts', 'hidden'],
			['map', 'hidden']
		]);
		// Each layer has ids of its own.
		expect(container.querySelector('#v-counts-title')).not.toBe(null);
		expect(container.querySelector('#v-progress-title')).not.toBe(null);
	});

	it('changes kind by swapping the layer shown: no element is created or removed, and each keeps its drawing', async () => {
		const { container, rerender } = render(Visual, { props: props(progress, [counts]) });
		idle();
		const drawn = (kind: string) => container.querySelector(`[data-visual="${kind}"] svg`)!.outerHTML;
		const advanceBefore = drawn('progress');
		const casualtiesAhead = drawn('counts');
		const changes: MutationRecord[] = [];
		const observer = new MutationObserver((records) => changes.push(...records));
		observer.observe(container.querySelector('.frame')!, { childList: true, subtree: true });
		await rerender(props(counts, [progress]));
		observer.disconnect();
		expect(changes).toEqual([]);
		expect(layers(container)).toEqual([
			['progress', 'hidden'],
			['counts', 'shown']
		]);
		expect(drawn('counts')).toBe(casualtiesAhead);
		expect(drawn('progress')).toBe(advanceBefore);
	});

	it('draws a kind nobody warmed when a step jumps to it', async () => {
		const { container, rerender } = render(Visual, { props: props(progress, []) });
		await rerender(props(mapStep, []));
		expect(layers(container)).toEqual([
			['progress', 'hidden'],
			['map', 'shown']
		]);
	});
});

describe('Visual, with the scenes of one kind', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	// The fixture's counts, with a second group: a chart that starts from it is another scene.
	const counted = {
		...visuals,
		config: {
			...visuals.config,
			counts: {
				...(visuals.config.counts as object),
				groups: [
					...(visuals.config.counts as { groups: object[] }).groups,
					{ id: 'second-day', title: 'The second day' }
				]
			}
		},
		rows: {
			...visuals.rows,
			counts: [
				...visuals.rows.counts!,
				{ id: 'c2-later', group: 'second-day', side: 'north', kind: 'killed', count: 3, claim: 'c2' }
			]
		}
	};
	const chart = (groups: string[], focus?: string) => ({ key: 'counts', state: { groups, focus } });
	const at = (visual: ReturnType<typeof chart>, upcoming: ReturnType<typeof chart>[]) => ({
		...props(counts, []),
		visuals: counted,
		visual,
		upcoming
	});
	const groupsIn = (container: Element) =>
		[...container.querySelectorAll('.layer')].map((l) => [
			[...l.querySelectorAll('.block:not(.ahead)')].map((b) => b.getAttribute('data-group')).join(' '),
			l.classList.contains('hidden') ? 'hidden' : l.classList.contains('revealed') ? 'revealed' : 'shown'
		]);

	it('draws a chart that starts from another group ahead, in a layer of its own, and swaps to it', async () => {
		const { container, rerender } = render(Visual, {
			props: at(chart(['first-day'], 'c2'), [chart(['first-day', 'second-day']), chart(['second-day'])])
		});
		idle();
		// A group added below the first is the same scene: one layer for it, and one for the chart of the second day.
		expect(groupsIn(container)).toEqual([
			['first-day', 'shown'],
			['second-day', 'hidden']
		]);
		// The shown chart holds the group the next step adds, drawn hidden.
		expect(container.querySelector('.layer:not(.hidden) .block.ahead')!.getAttribute('data-group')).toBe(
			'second-day'
		);
		expect(container.querySelector('#v-counts-1-title')).not.toBe(null);
		const changes: MutationRecord[] = [];
		const observer = new MutationObserver((records) => changes.push(...records));
		observer.observe(container.querySelector('.frame')!, { childList: true, subtree: true });
		await rerender(at(chart(['second-day']), [chart(['first-day'])]));
		observer.disconnect();
		expect(changes).toEqual([]);
		// Shown after it was drawn hidden: its bars appear now, and may enter (CountsRow's CSS).
		expect(groupsIn(container)).toEqual([
			['first-day', 'hidden'],
			['second-day', 'revealed']
		]);
		await rerender(at(chart(['first-day', 'second-day']), []));
		expect(groupsIn(container)).toEqual([
			['first-day second-day', 'revealed'],
			['second-day', 'hidden']
		]);
	});

	it('never reveals the layer drawn with the page', async () => {
		const { container, rerender } = render(Visual, { props: at(chart(['first-day'], 'c2'), []) });
		await rerender(at(chart(['first-day'], 'c3'), []));
		expect(groupsIn(container)).toEqual([['first-day', 'shown']]);
	});
});

describe('Visual, as a static figure', () => {
	it('draws its one drawing, with the figure uid, and nothing ahead', () => {
		const { container } = render(Visual, {
			props: { ...props(progress, [counts]), fixed: { width: 560, height: 380 } }
		});
		expect(container.querySelectorAll('svg')).toHaveLength(1);
		expect(container.querySelector('#v-title')).not.toBe(null);
	});
});
