import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forReader } from '../content/reader.ts';
import { loadAllStories } from '../../site/read-stories.ts';
import { buildBasemap } from './map/basemap.ts';
import Visual from './Visual.svelte';

const story = loadAllStories(process.cwd())[0]!.story!;
const { data, claims } = forReader(story);
const basemap = buildBasemap(story.data.places);
const steps = story.chapters.flatMap((c) => c.steps);
const first = (key: string) => steps.find((s) => s.visual.key === key)!;
const advance = first('advance');
const casualties = first('casualties');
const campaign = first('campaign');

const props = (step: typeof advance, upcoming: (typeof advance)[]) => ({
	visual: step.visual,
	data,
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
		const { container } = render(Visual, { props: props(advance, [casualties, campaign]) });
		expect(layers(container)).toEqual([['advance', 'shown']]);
		idle();
		expect(layers(container)).toEqual([
			['advance', 'shown'],
			['casualties', 'hidden'],
			['campaign', 'hidden']
		]);
		// Each layer has ids of its own.
		expect(container.querySelector('#v-casualties-title')).not.toBe(null);
		expect(container.querySelector('#v-advance-title')).not.toBe(null);
	});

	it('changes kind by swapping the layer shown: no element is created or removed, and each keeps its drawing', async () => {
		const { container, rerender } = render(Visual, { props: props(advance, [casualties]) });
		idle();
		const drawn = (kind: string) => container.querySelector(`[data-visual="${kind}"] svg`)!.outerHTML;
		const advanceBefore = drawn('advance');
		const casualtiesAhead = drawn('casualties');
		const changes: MutationRecord[] = [];
		const observer = new MutationObserver((records) => changes.push(...records));
		observer.observe(container.querySelector('.frame')!, { childList: true, subtree: true });
		await rerender(props(casualties, [advance]));
		observer.disconnect();
		expect(changes).toEqual([]);
		expect(layers(container)).toEqual([
			['advance', 'hidden'],
			['casualties', 'shown']
		]);
		expect(drawn('casualties')).toBe(casualtiesAhead);
		expect(drawn('advance')).toBe(advanceBefore);
	});

	it('draws a kind nobody warmed when a step jumps to it', async () => {
		const { container, rerender } = render(Visual, { props: props(advance, []) });
		await rerender(props(campaign, []));
		expect(layers(container)).toEqual([
			['advance', 'hidden'],
			['campaign', 'shown']
		]);
	});
});

describe('Visual, as a static figure', () => {
	it('draws its one drawing, with the figure uid, and nothing ahead', () => {
		const { container } = render(Visual, {
			props: { ...props(advance, [casualties]), fixed: { width: 560, height: 380 } }
		});
		expect(container.querySelectorAll('svg')).toHaveLength(1);
		expect(container.querySelector('#v-title')).not.toBe(null);
	});
});
