// The site reads its stories as any user of the package does: src/lib/story-folder.ts.
export { loadAllStories, readStoryFiles, storySlugs } from '../lib/story-folder.ts';
