/**
 * The package's Node-side entry (`import { readerProps } from 'scrolly-explainer/node'`): stories read from disk and
 * checked as the build checks them, a page's props made at build time (the map projected from the world atlas), and
 * the `scrolly` command. For server code only (`+page.server.ts`, scripts): it reads files and holds the atlas.
 */
export { readerProps, storyFrom, type ReaderProps } from './reader-props.ts';
export {
	loadAllStories,
	loadStoryFolder,
	readStoryFiles,
	readStoryFolder,
	storyFolders,
	storySlugs
} from './story-folder.ts';
export { storyBasemap, basemapDiagnostics } from './visuals/map/story-basemap.ts';
export { storyTargets } from './cli/check.ts';
export { scaffold } from './cli/scaffold.ts';
export { slugProblem } from './cli/new-story.ts';
export { run, type Exit, type Io } from './cli/main.ts';

// The same loader and checker as the components entry, for scripts that import only this one.
export { loadStory, type Loaded } from './load-story.ts';
export { forReader, type ReaderStory } from './content/reader.ts';
export {
	StoryError,
	codeFrame,
	formatDiagnostic,
	formatDiagnostics,
	type Diagnostic
} from './content/diagnostics.ts';
export type { Story } from './content/types.ts';
export type { Basemap } from './visuals/map/types.ts';
