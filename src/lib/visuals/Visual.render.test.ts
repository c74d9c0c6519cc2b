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

describe('Visual, as a static figure', () => {
	it('draws its one drawing, with the figure uid, and nothing ahead', () => {
		const { container } = render(Visual, {
			props: { ...props(progress, [counts]), fixed: { width: 560, height: 380 } }
		});
		expect(container.querySelectorAll('svg')).toHaveLength(1);
		expect(container.querySelector('#v-title')).not.toBe(null);
	});
});
