import { error } from '@sveltejs/kit';
import { forReader } from '$lib/content/reader.ts';
import { buildBasemap } from '$lib/visuals/map/basemap.ts';
import { getStory, storySlugs } from '$site/catalog.server';

export const entries = () => storySlugs().map((story) => ({ story }));

export const load = ({ params }) => {
	const story = getStory(params.story);
	if (!story) error(404, `No story "${params.story}"`);
	return { story: forReader(story), basemap: buildBasemap(story.data.places) };
};
