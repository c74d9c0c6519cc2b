import type { ReaderStory } from '$lib/content/reader.ts';

/** The whole story's page. */
export const storyHref = (story: Pick<ReaderStory, 'slug'>) => `/${story.slug}/`;

/**
 * The story as a page of another mode shows it (an embed, a presentation): a link in a step's text to a place in the
 * story's page (a claim) points into the whole story, where that place is.
 */
export function linksIntoStory(story: ReaderStory): ReaderStory {
	// content/markdown.ts writes every attribute double-quoted.
	const into = (html: string) => html.replaceAll('href="#', `href="${storyHref(story)}#`);
	return {
		...story,
		chapters: story.chapters.map((c) => ({ ...c, steps: c.steps.map((s) => ({ ...s, html: into(s.html) })) }))
	};
}
