/**
 * The map diagram: zones, movements and events of a story's actors on a Natural Earth basemap projected at build
 * time for the story's extent; a step switches layers on and highlights a place.
 */
import type { VisualKind } from '../kind.ts';
import { layoutMap, type MapLayout } from './layout.ts';
import MapDiagram from './MapDiagram.svelte';
import type { MapConfig, MapState } from './spec.ts';
import { describeMap, mapTable } from './text.ts';

export const map: VisualKind<MapConfig, unknown, MapState, MapLayout> = {
	key: 'map',
	/** The basemap is computed at build time: without it there is nothing to draw on. */
	ready: (input) => input.basemap !== undefined,
	layout: layoutMap,
	text: describeMap,
	table: mapTable,
	component: MapDiagram
};
