import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { getStory, summaries } from '$site/catalog.server';

/** Every story, with what its picture on the index needs: the cover step's visual, drawn at build time. */
export const load = () => ({
	stories: summaries().map((summary) => {
		const story = getStory(summary.slug)!;
		const step = story.chapters.flatMap((c) => c.steps).find((s) => s.id === summary.cover)!;
		return {
			summary,
			lang: story.lang,
			cover: {
				visual: step.visual,
				alt: step.alt,
				visuals: story.visuals,
				claims: story.claims,
				basemap: storyBasemap(story)
			}
		};
	})
});
