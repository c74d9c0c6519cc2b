import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { getStory, storySlugs } from '$site/catalog.server';
import { presenterProps } from '$site/present-props.ts';
import { storyClientFiles } from '$site/story-client.server.ts';

export const entries = () => storySlugs().map((story) => ({ story }));

export const load = ({ params }) => {
	const story = getStory(params.story);
	if (!story) error(404, `No story "${params.story}"`);
	return {
		props: presenterProps(story, storyBasemap(story)),
		client: storyClientFiles(dev, process.cwd(), 'presenter')
	};
};
