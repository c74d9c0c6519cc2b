/**
 * A story's basemap, projected at build time for its map's extent, or none when the story draws no map. Server
 * only, like basemap.ts: routes and prerender steps call it and hand the result to the components.
 */
import type { Diagnostic } from '../../content/diagnostics.ts';
import type { Story } from '../../content/types.ts';
import { readYaml } from '../../content/yaml-source.ts';
import { buildBasemap } from './basemap.ts';
import type { MapConfig } from './spec.ts';
import type { Basemap } from './types.ts';

export function storyBasemap(story: Pick<Story, 'places' | 'visuals'>): Basemap | undefined {
	const config = story.visuals.config.map as MapConfig | undefined;
	return config && buildBasemap(story.places, config);
}

/**
 * What only projecting the map can tell (its subject must be a country the extent reaches), as diagnostics located in
 * the story's visuals.yaml: `check:stories` and the build report them with the rest, before any page is rendered.
 */
export function basemapDiagnostics(story: Story, texts: Record<string, string>): Diagnostic[] {
	try {
		storyBasemap(story);
		return [];
	} catch (error) {
		const file = `stories/${story.slug}/visuals.yaml`;
		const message = error instanceof Error ? error.message.replace(/^map\.subject: /, '') : String(error);
		return [
			{ file, ...readYaml(texts[file] ?? '', file).locate(['map', 'subject']), field: 'map.subject', message }
		];
	}
}
