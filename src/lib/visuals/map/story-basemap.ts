/**
 * A story's basemap, projected at build time for its map's extent, or none when the story draws no map. Server
 * only, like basemap.ts: routes and prerender steps call it and hand the result to the components.
 */
import type { Story } from '../../content/types.ts';
import { buildBasemap } from './basemap.ts';
import type { MapConfig } from './spec.ts';
import type { Basemap } from './types.ts';

export function storyBasemap(story: Pick<Story, 'places' | 'visuals'>): Basemap | undefined {
	const config = story.visuals.config.map as MapConfig | undefined;
	return config && buildBasemap(story.places, config);
}
