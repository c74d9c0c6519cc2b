/**
 * The site's stories, for the suites that run once per story (goldens, prerender, reader browser tests, axe,
 * budgets): read from stories/ as the build reads them, so a new story folder is tested with no change here.
 */
import { loadAllStories } from '../src/site/read-stories.ts';
import type { Story } from '../src/lib/content/types.ts';

export const STORIES: Story[] = loadAllStories(process.cwd()).map((loaded) => {
	if (!loaded.story) throw new Error(`a story under stories/ does not load: run npm run check:stories`);
	return loaded.story;
});
export const STORY_SLUGS = STORIES.map((s) => s.slug);

/** A story's steps in reading order. */
export const stepsOf = (story: Story) => story.chapters.flatMap((c) => c.steps);

/** The first step of each kind of visual the story uses, in reading order of first use. */
export function oneStepPerKind(story: Story): { kind: string; id: string }[] {
	const seen = new Map<string, string>();
	for (const step of stepsOf(story)) if (!seen.has(step.visual.key)) seen.set(step.visual.key, step.id);
	return [...seen].map(([kind, id]) => ({ kind, id }));
}
