import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import type { Story } from '$lib/content/types.ts';
import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import type { Basemap } from '$lib/visuals/map/types.ts';
import { getStory, storySlugs } from './catalog.server.ts';
import type { ClientMode } from './story-client-plugin.ts';
import { storyClientFiles } from './story-client.server.ts';
import type { ModeProps } from './story-props.ts';

/** The classroom's pages are prerendered for every story. */
export const presentEntries = () => storySlugs().map((story) => ({ story }));

/**
 * A classroom page's load: the props its view is drawn with (`props`: the audience's or the presenter's,
 * present-props.ts) and its mode's script.
 */
export function presentLoad<P extends ModeProps>(
	props: (story: Story, basemap: Basemap | undefined) => P,
	mode: ClientMode
) {
	return ({ params }: { params: { story: string } }) => {
		const story = getStory(params.story);
		if (!story) error(404, `No story "${params.story}"`);
		return { props: props(story, storyBasemap(story)), client: storyClientFiles(dev, process.cwd(), mode) };
	};
}
