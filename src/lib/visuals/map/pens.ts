/**
 * Line widths, radii and dash patterns of the map diagram at its rendered size, in basemap units rounded to
 * 0.01, so the components draw them as given and the SVG has no float noise (1.5 × 1.85 is 2.7750000000000004).
 */
import { round2 } from './geometry.ts';
import type { MapMark } from './mark-types.ts';

export interface Pens {
	/** 1 CSS pixel: the basemap's borders and coast. */
	hair: number;
	/** 1.5 px: zone outlines, arrowheads, dots, the scale bar. */
	thin: number;
	/** 2.5 px: light arrows, the siege ring, the gun-sight. */
	medium: number;
	/** 3 px: the focus ring and the legend's lines. */
	ring: number;
	/** 3.5 px: arrows. */
	thick: number;
	/** The halo behind text: 0.28 em. */
	halo: number;
	/** Radius of a place's dot (3.5 px) and of the capital's ring (6 px). */
	dot: number;
	capital: number;
	/** A hatched zone: a 6 px tile crossed by a 2.4 px line. */
	hatch: number;
	hatchLine: number;
	/** 4 px: the legend box's corners, the scale bar's ticks. */
	corner: number;
	/** Dashes: 6 on 4 px for arrows, 3 on 2 px for outlines, 4 on 3 px in the legend. */
	dash: string;
	dashShort: string;
	dashLegend: string;
}

/** The pens for `u` basemap units per CSS pixel and text of `fontSize` units. */
export function pens(u: number, fontSize: number): Pens {
	const px = (n: number) => round2(n * u);
	return {
		hair: px(1),
		thin: px(1.5),
		medium: px(2.5),
		ring: px(3),
		thick: px(3.5),
		halo: round2(fontSize * 0.28),
		dot: px(3.5),
		capital: px(6),
		hatch: px(6),
		hatchLine: px(2.4),
		corner: px(4),
		dash: `${px(6)} ${px(4)}`,
		dashShort: `${px(3)} ${px(2)}`,
		dashLegend: `${px(4)} ${px(3)}`
	};
}

/** The stroke of a mark: arrows thick (light ones medium), rings and gun-sights medium, outlines thin. */
export function markStroke(
	m: Pick<MapMark, 'kind' | 'dashed'> & { light: boolean },
	p: Pens
): { stroke: number; dash?: string } {
	if (m.kind === 'arrow')
		return { stroke: m.light ? p.medium : p.thick, ...(m.dashed ? { dash: p.dash } : {}) };
	const stroke = m.kind === 'siege' || m.kind === 'sight' ? p.medium : p.thin;
	return { stroke, ...(m.dashed ? { dash: p.dashShort } : {}) };
}
