import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	CLIENT_ENTRIES,
	STORY_CLIENT_RECORD,
	type ClientMode,
	type StoryClientFiles
} from './story-client-plugin.ts';

/**
 * A mode's page script and the chunks it imports, as paths in the built site. In `vite dev` the entry is served
 * from source. In a build, the record the story-client plugin wrote during the client build, which runs before
 * prerendering.
 */
export function storyClientFiles(
	dev: boolean,
	root = process.cwd(),
	mode: ClientMode = 'story'
): StoryClientFiles {
	if (dev) return { entry: CLIENT_ENTRIES[mode], imports: [] };
	const path = resolve(root, STORY_CLIENT_RECORD);
	let record: Partial<Record<ClientMode, StoryClientFiles>>;
	try {
		record = JSON.parse(readFileSync(path, 'utf8')) as typeof record;
	} catch (error) {
		throw new Error(
			`${STORY_CLIENT_RECORD}: cannot read the story page's script (${(error as Error).message}). ` +
				'It is written by storyClient() in vite.config.ts during the client build.',
			{ cause: error }
		);
	}
	const files = record[mode];
	if (!files)
		throw new Error(`${STORY_CLIENT_RECORD}: no script recorded for the ${mode} page; rebuild the site`);
	return files;
}
