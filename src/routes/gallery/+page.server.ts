import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { getStory, storySlugs } from '$site/catalog.server';

// A static route: kit's default prerender entry '*' includes it, so it is built although nothing links to it.
export const prerender = true;

/** Every story of the catalog, each with its projected basemap (computed here, never in the browser). */
export const load = () => ({
	stories: storySlugs().map((slug) => {
		const story = getStory(slug)!;
		return { story, basemap: storyBasemap(story) };
	})
});
