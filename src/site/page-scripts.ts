import type { StoryClientFiles } from './story-client-plugin.ts';
import { storyLoader } from './story-loader.ts';
import { storyPropsScript, type StoryProps } from './story-props.ts';

/**
 * The end of a mode's page: its view's props (`#<view>-props`) and the loader of its script. `assets` is SvelteKit's
 * `$app/paths` assets; in `vite dev` the script is served from source.
 */
export function pageScripts(
	props: StoryProps,
	view: string,
	client: StoryClientFiles,
	assets: string
): string {
	const href = (file: string) => (file.startsWith('src/') ? `/${file}` : `${assets}/${file}`);
	return storyPropsScript(props, view) + storyLoader(href(client.entry), client.imports.map(href));
}
