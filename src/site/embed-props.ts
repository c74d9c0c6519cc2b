import type { ReaderStory } from '$lib/content/reader.ts';
import type { Basemap } from '$lib/visuals/map/types.ts';
import type { StoryProps } from './story-props.ts';

/** The element the embed view is mounted into; its props sit beside it in `#<id>-props` (story-props.ts). */
export const EMBED_VIEW_ID = 'embed-view';

/** What the embed page hands the browser: the story cut to one chapter, and where the whole story is. */
export interface EmbedProps extends StoryProps {
	/** The whole story's page. */
	storyHref: string;
}

/** The whole story's page. */
const storyHref = (story: ReaderStory) => `/${story.slug}/`;

/**
 * The story as one chapter's embed needs it: that chapter only, and no sources list (its claims stay: the counts
 * visual reads them). A link in a step's text to a place in the page (a claim) points into the whole story, where
 * that place is. Undefined when the story has no such chapter.
 */
export function embedStory(story: ReaderStory, chapterId: string): ReaderStory | undefined {
	const chapter = story.chapters.find((c) => c.id === chapterId);
	if (!chapter) return undefined;
	// content/markdown.ts writes every attribute double-quoted.
	const steps = chapter.steps.map((s) => ({
		...s,
		html: s.html.replaceAll('href="#', `href="${storyHref(story)}#`)
	}));
	return { ...story, chapters: [{ ...chapter, steps }], sources: [] };
}

export const embedProps = (story: ReaderStory, basemap?: Basemap): EmbedProps => ({
	story,
	basemap,
	storyHref: storyHref(story)
});
