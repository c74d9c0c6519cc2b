/** The marks of the layers a step draws, in drawing order, with their colours and strokes at the rendered size. */
import { round2 } from './geometry.ts';
import { locator, type MapInput } from './layers.ts';
import { eventShape, movementShape, zoneShape, type Kit, type Shape } from './mark-shapes.ts';
import type { MapMark } from './mark-types.ts';
import { markStroke, type Pens } from './pens.ts';
import { unitsPerKm } from './project.ts';
import type { MapLayerConfig, MapMarkConfig } from './spec.ts';

/**
 * The marks of `layers` (from `layersDrawn`, so every point and actor is known). `u` is one CSS pixel in basemap
 * units (at least the size marks are drawn at).
 */
export function mapMarks(
	input: MapInput,
	layers: readonly MapLayerConfig[],
	u: number,
	pens: Pens
): MapMark[] {
	const basemap = input.basemap!;
	const where = locator(basemap);
	const kit: Kit = {
		at: (p) => where(p)!,
		u,
		perKm: unitsPerKm(basemap),
		frame: { left: 0, top: 0, right: basemap.width, bottom: basemap.height }
	};
	const colours = new Map(input.actors.map((a) => [a.id, a.colour]));
	return layers.flatMap((layer) =>
		layer.marks.map((m) => {
			const shape = shapeOf(m, kit);
			const dashed = m.status !== 'reported';
			const light = m.kind === 'movement' && m.weight === 'light';
			return {
				id: m.id,
				layer: layer.id,
				kind: shape.kind,
				actor: m.actor,
				colour: colours.get(m.actor)!,
				dashed,
				hatched: m.kind === 'zone' && m.fill === 'hatched',
				label: m.label,
				d: shape.d,
				...(shape.head ? { head: shape.head } : {}),
				at: { x: round2(shape.at.x), y: round2(shape.at.y) },
				r: round2(shape.r),
				...(shape.positions ? { positions: shape.positions } : {}),
				solid: shape.solid,
				...markStroke({ kind: shape.kind, dashed, light }, pens)
			} satisfies MapMark;
		})
	);
}

const shapeOf = (m: MapMarkConfig, kit: Kit): Shape =>
	m.kind === 'zone' ? zoneShape(m, kit) : m.kind === 'movement' ? movementShape(m, kit) : eventShape(m, kit);
