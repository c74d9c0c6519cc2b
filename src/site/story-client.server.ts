import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORY_CLIENT_ENTRY, STORY_CLIENT_RECORD, type StoryClientFiles } from './story-client-plugin.ts';

/**
 * The story page's script and the chunks it imports, as paths in the built site. In `vite dev` the entry is served
 * from source. In a build, the record the story-client plugin wrote during the client build, which runs before
 * prerendering.
 */
export function storyClientFiles(dev: boolean, root = process.cwd()): StoryClientFiles {
	if (dev) return { entry: STORY_CLIENT_ENTRY, imports: [] };
	const path = resolve(root, STORY_CLIENT_RECORD);
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as StoryClientFiles;
	} catch (error) {
		throw new Error(
			`${STORY_CLIENT_RECORD}: cannot read the story page's script (${(error as Error).message}). ` +
				'It is written by storyClient() in vite.config.ts during the client build.',
			{ cause: error }
		);
	}
}
