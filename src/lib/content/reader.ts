/**
 * What a reader's page needs of a story. The page's data travels twice (as HTML and as the data the browser
 * hydrates from), so the story route leaves out what only other views show: speaker notes (the presenter), name
 * variants and disagreements (the sources page), and the gazetteer (already projected into the basemap).
 */
import type { Chapter, Step, Story } from './types.ts';

export type ReaderStep = Omit<Step, 'notes'>;
export type ReaderChapter = Omit<Chapter, 'steps'> & { steps: ReaderStep[] };
export type ReaderStory = Omit<Story, 'chapters' | 'entities' | 'inconsistencies' | 'places'> & {
	chapters: ReaderChapter[];
};

export function forReader(story: Story): ReaderStory {
	const {
		chapters,
		entities: _entities,
		inconsistencies: _inconsistencies,
		places: _places,
		...rest
	} = story;
	return {
		...rest,
		chapters: chapters.map((c) => ({ ...c, steps: c.steps.map(({ notes: _notes, ...step }) => step) }))
	};
}
