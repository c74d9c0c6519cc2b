import { error } from '@sveltejs/kit';
import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { getStory, storySlugs } from '$site/catalog.server';

export const entries = () => storySlugs().map((story) => ({ story }));

export const load = ({ params }) => {
	const story = getStory(params.story);
	if (!story) error(404, `No story "${params.story}"`);
	return { story, basemap: storyBasemap(story) };
};
