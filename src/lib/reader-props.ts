/**
 * A story folder made ready for the package's views at build time (Node only). A story that does not check throws
 * StoryError, whose message lists every diagnostic as the build and `scrolly check` do: a page's load can hand the
 * result straight to a view.
 */
import { StoryError } from './content/diagnostics.ts';
import { forReader, type ReaderStory } from './content/reader.ts';
import type { Story } from './content/types.ts';
import { loadStoryFolder } from './story-folder.ts';
import { storyBasemap } from './visuals/map/story-basemap.ts';
import type { Basemap } from './visuals/map/types.ts';

/** The whole story in `folder`, speaker notes and gazetteer included (HandoutView, SourcesView). */
export function storyFrom(folder: string): Story {
	const { story, diagnostics, texts } = loadStoryFolder(folder);
	if (!story) throw new StoryError(diagnostics, texts);
	return story;
}

/** What StoryView, EmbedView and PresentView need: the story as a reader gets it, and its map projected. */
export interface ReaderProps {
	story: ReaderStory;
	basemap?: Basemap;
}

export function readerProps(folder: string): ReaderProps {
	const story = storyFrom(folder);
	return { story: forReader(story), basemap: storyBasemap(story) };
}
