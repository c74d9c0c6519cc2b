import { error } from '@sveltejs/kit';
import { getStory, storySlugs } from '$site/catalog.server';
import { chapterNotFound } from '$site/embed-not-found.ts';

export const prerender = true;
export const entries = () => storySlugs().map((story) => ({ story }));

/**
 * The page a static host serves for an embed address naming no chapter of this story (Cloudflare Pages and our own
 * server serve the nearest 404.html): the story's chapters, each an embed to pick.
 */
export const GET = ({ params }) => {
	const story = getStory(params.story);
	if (!story) error(404, `No story "${params.story}"`);
	return new Response(chapterNotFound(story), { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
