import { offlineRegistration } from './offline/register.ts';
import type { StoryClientFiles } from './story-client-plugin.ts';
import { storyLoader } from './story-loader.ts';
import { storyPropsScript, type StoryProps } from './story-props.ts';

/**
 * The end of a mode's page: its view's props (`#<view>-props`) and the loader of its script. `assets` is SvelteKit's
 * `$app/paths` assets; in `vite dev` the script is served from source. With `offline`, the built page also registers
 * the service worker that keeps its story for use with no network (offline/register.ts); `vite dev` has no worker.
 */
export function pageScripts(
	props: StoryProps,
	view: string,
	client: StoryClientFiles,
	assets: string,
	{ offline = false }: { offline?: boolean } = {}
): string {
	const dev = client.entry.startsWith('src/');
	const href = (file: string) => (dev ? `/${file}` : `${assets}/${file}`);
	return (
		storyPropsScript(props, view) +
		storyLoader(href(client.entry), client.imports.map(href)) +
		(offline && !dev ? offlineRegistration(props.story.slug, assets) : '')
	);
}
