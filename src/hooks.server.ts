import type { Handle } from '@sveltejs/kit';
import { wordsFor } from '$lib/i18n/index.ts';
import { getStory } from '$site/catalog.server';

/**
 * Every page of a story is in the story's language and writing direction (`lang:` in its story.md), set on <html>
 * (src/app.html's %lang% and %dir%) so that screen readers, hyphenation and fonts follow it; other pages are English.
 */
export const handle: Handle = ({ event, resolve }) => {
	const slug = event.params.story;
	const lang = (slug && getStory(slug)?.lang) || 'en';
	const { dir } = wordsFor(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dir)
	});
};
