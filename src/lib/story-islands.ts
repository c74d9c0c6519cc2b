// The story view's steps in reading order, and its islands: the parts the story page hydrates each in a task of its
// own (island.ts), with what each draws at a given step.
import type { ComponentProps } from 'svelte';
import type { ReaderChapter, ReaderStep, ReaderStory } from './content/reader.ts';
import { localeContext } from './i18n/index.ts';
import StorySteps from './StorySteps.svelte';
import { islandPart, type IslandPart } from './island.ts';
import type { FigureMode } from './scroll/held-figures.ts';
import type { Basemap } from './visuals/map/types.ts';
import Visual from './visuals/Visual.svelte';

export type Item = ReaderStep & { chapter: ReaderChapter; first: boolean };

/** The story's steps in reading order, each with its chapter. */
export const readingOrder = (story: ReaderStory): Item[] =>
	story.chapters.flatMap((chapter) => chapter.steps.map((s, i) => ({ ...s, chapter, first: i === 0 })));

/**
 * The parts of the view that the story page hydrates each in a task of its own, after the rest (island.ts): the
 * steps and the sticky visual, together more than half of what there is to hydrate.
 */
export const ISLANDS = { steps: 'story-steps', visual: 'sticky-visual' } as const;

/** The steps, with static figures, without, or held (held-figures.ts); they do not change with the step. */
export const stepsProps = (
	story: ReaderStory,
	steps: Item[],
	basemap: Basemap | undefined,
	figures: FigureMode
): ComponentProps<typeof StorySteps> => ({ steps, story, basemap, figures });

/** The sticky visual at step `index` (-1, before the first step, shows the first step's visual). */
export function stickyVisualProps(
	story: ReaderStory,
	steps: Item[],
	basemap: Basemap | undefined,
	index: number
): ComponentProps<typeof Visual> {
	const item = steps[Math.max(0, index)]!;
	return {
		visual: item.visual,
		visuals: story.visuals,
		claims: story.claims,
		alt: item.alt,
		basemap,
		uid: 'story-visual',
		decorative: true,
		upcoming: [index + 1, index + 2, index + 3, index - 1].flatMap((i) => steps[i]?.visual ?? [])
	};
}

/**
 * What the story page renders on its own for each island of the view, into the view's element for it
 * (`spliceIsland`): what the view draws there until that island has hydrated, before any step, in the story's
 * language (the context the view hands its islands in the browser).
 */
export function islandsOf(story: ReaderStory, basemap: Basemap | undefined): IslandPart[] {
	const steps = readingOrder(story);
	const context = localeContext(story.lang);
	// Every static figure held: drawn for readers without JavaScript, released by the view when it wants them.
	const list = islandPart(ISLANDS.steps, StorySteps, stepsProps(story, steps, basemap, 'held'), context);
	if (steps.length === 0) return [list];
	return [list, islandPart(ISLANDS.visual, Visual, stickyVisualProps(story, steps, basemap, -1), context)];
}
