/**
 * Which of the map's layers a step draws: those it switches on, in the configuration's order, less any that a later
 * layer switched on replaces, and less any the map cannot draw whole (a place or an actor it does not have). The
 * layout, the description and the data table all take this one list, so the words never claim what the drawing
 * leaves out.
 */
import type { VisualInput } from '../kind.ts';
import { insideFrame } from './clip.ts';
import { project } from './project.ts';
import type { MapConfig, MapLayerConfig, MapPointRef, MapState } from './spec.ts';
import type { Basemap, MapPoint } from './types.ts';

export type MapInput = VisualInput<MapConfig>;

/** Where a mark's point falls on the basemap: a place where the basemap has it, else its projection. */
export function locator(basemap: Basemap): (p: MapPointRef) => MapPoint | undefined {
	const places = new Map(basemap.places.map((p) => [p.id, { x: p.x, y: p.y }]));
	return (p) => (p.place ? places.get(p.place) : project(basemap, p));
}

/** Whether every place, point and actor of the layer is there to draw. */
function drawable(layer: MapLayerConfig, basemap: Basemap, actors: ReadonlySet<string>): boolean {
	const at = locator(basemap);
	const frame = { left: 0, top: 0, right: basemap.width, bottom: basemap.height };
	const onMap = (p: MapPointRef) => {
		const xy = at(p);
		return xy !== undefined && insideFrame(xy, frame);
	};
	const placed = new Set(basemap.places.map((p) => p.id));
	return (
		actors.has(layer.actor) &&
		layer.places.every((id) => placed.has(id)) &&
		layer.marks.every((m) => {
			// A movement's last point may lie off the map: the arrow stops at the edge.
			const points = m.kind === 'zone' ? m.around : m.kind === 'event' ? [m.at] : m.path.slice(0, -1);
			const last = m.kind === 'movement' ? m.path[m.path.length - 1]! : undefined;
			return (
				actors.has(m.actor) &&
				points.every(onMap) &&
				(!last || at(last) !== undefined) &&
				(!m.labelAt || onMap(m.labelAt))
			);
		})
	);
}

/** The layers a step draws, in drawing order. */
export function layersDrawn(input: MapInput, state: MapState): MapLayerConfig[] {
	const { basemap, config } = input;
	if (!basemap) return [];
	const actors = new Set(input.actors.map((a) => a.id));
	const on = config.layers.filter((l) => state.layers.includes(l.id) && drawable(l, basemap, actors));
	return on.filter((l) => !on.some((other) => other.replaces === l.id));
}
