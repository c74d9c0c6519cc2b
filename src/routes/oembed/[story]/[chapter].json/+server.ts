import { error, json } from '@sveltejs/kit';
import { getStory, storySlugs } from '$site/catalog.server';
import { chapterOembed } from '$site/oembed.server.ts';

export const prerender = true;

/** One oEmbed response per chapter of every story. */
export const entries = () =>
	storySlugs().flatMap((story) => getStory(story)!.chapters.map((c) => ({ story, chapter: c.id })));

export const GET = ({ params }) => {
	const response = chapterOembed(params.story, params.chapter);
	if (!response) error(404, `No chapter "${params.chapter}" in story "${params.story}"`);
	return json(response);
};
