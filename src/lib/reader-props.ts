/**
 * What a page needs to show the story in a folder with the package's views, made at build time (Node only): the
 * story as a reader gets it (reader.ts) and its map projected. A story that does not check throws StoryError, whose
 * message lists every diagnostic as the build and `scrolly check` do.
 */
import { StoryError } from './content/diagnostics.ts';
import { forReader, type ReaderStory } from './content/reader.ts';
import { loadStoryFolder } from './story-folder.ts';
import { storyBasemap } from './visuals/map/story-basemap.ts';
import type { Basemap } from './visuals/map/types.ts';

export interface ReaderProps {
	story: ReaderStory;
	basemap?: Basemap;
}

export function readerProps(folder: string): ReaderProps {
	const { story, diagnostics, texts } = loadStoryFolder(folder);
	if (!story) throw new StoryError(diagnostics, texts);
	return { story: forReader(story), basemap: storyBasemap(story) };
}
