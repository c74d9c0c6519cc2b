import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { forReader } from '$lib/content/reader.ts';
import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { getStory, storySlugs } from '$site/catalog.server';
import { embedProps, embedStory } from '$site/embed-props.ts';
import { oembedLinkFor } from '$site/oembed.server.ts';
import { storyClientFiles } from '$site/story-client.server.ts';

export const entries = () =>
	storySlugs().flatMap((story) => getStory(story)!.chapters.map((c) => ({ story, chapter: c.id })));

export const load = ({ params }) => {
	const story = getStory(params.story);
	if (!story) error(404, `No story "${params.story}"`);
	const chapter = embedStory(forReader(story), params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}" in "${story.slug}"`);
	return {
		props: embedProps(chapter, storyBasemap(story)),
		discovery: oembedLinkFor(story.slug, params.chapter),
		client: storyClientFiles(dev, process.cwd(), 'embed')
	};
};
