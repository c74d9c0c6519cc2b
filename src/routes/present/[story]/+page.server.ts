import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { forReader } from '$lib/content/reader.ts';
import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { getStory, storySlugs } from '$site/catalog.server';
import { linksIntoStory, storyHref } from '$site/links-into-story.ts';
import { storyClientFiles } from '$site/story-client.server.ts';

export const entries = () => storySlugs().map((story) => ({ story }));

export const load = ({ params }) => {
	const story = getStory(params.story);
	if (!story) error(404, `No story "${params.story}"`);
	// The audience never sees notes: forReader leaves them out, as it does for readers.
	const shown = linksIntoStory({ ...forReader(story), sources: [] });
	return {
		props: { story: shown, basemap: storyBasemap(story), storyHref: storyHref(shown) },
		client: storyClientFiles(dev, process.cwd(), 'present')
	};
};
