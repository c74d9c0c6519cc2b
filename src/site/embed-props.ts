import type { ReaderStory } from '$lib/content/reader.ts';
import type { Basemap } from '$lib/visuals/map/types.ts';
import { linksIntoStory, storyHref } from './links-into-story.ts';
import type { ModeProps } from './story-props.ts';

/** The element the embed view is mounted into; its props sit beside it in `#<id>-props` (story-props.ts). */
export const EMBED_VIEW_ID = 'embed-view';

/**
 * The story as one chapter's embed needs it: that chapter only, and no sources list (its claims stay: the counts
 * visual reads them). A link in a step's text to a place in the page (a claim) points into the whole story, where
 * that place is. Undefined when the story has no such chapter.
 */
export function embedStory(story: ReaderStory, chapterId: string): ReaderStory | undefined {
	const chapter = story.chapters.find((c) => c.id === chapterId);
	return chapter && linksIntoStory({ ...story, chapters: [chapter], sources: [] });
}

export const embedProps = (story: ReaderStory, basemap?: Basemap): ModeProps => ({
	story,
	basemap,
	storyHref: storyHref(story)
});
