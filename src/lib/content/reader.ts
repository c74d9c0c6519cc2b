/**
 * What a reader's page needs of a story. The page's data travels twice (as HTML and as the data the browser
 * hydrates from), so the story route leaves out what only other views show: speaker notes (the presenter), name
 * variants and disagreements (the sources page), and the gazetteer (already projected into the basemap).
 */
import type { Chapter, Step, Story, StoryData } from './types.ts';

export type ReaderStep = Omit<Step, 'notes'>;
export type ReaderChapter = Omit<Chapter, 'steps'> & { steps: ReaderStep[] };
export type ReaderData = Omit<StoryData, 'places'>;
export type ReaderStory = Omit<Story, 'chapters' | 'entities' | 'inconsistencies' | 'data'> & {
	chapters: ReaderChapter[];
	data: ReaderData;
};

export function forReader(story: Story): ReaderStory {
	const { chapters, entities: _entities, inconsistencies: _inconsistencies, data, ...rest } = story;
	const { places: _places, ...readerData } = data;
	return {
		...rest,
		chapters: chapters.map((c) => ({ ...c, steps: c.steps.map(({ notes: _notes, ...step }) => step) })),
		data: readerData
	};
}
