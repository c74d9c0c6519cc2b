/**
 * The counts chart inside its frame: a legend of what the chart shows on top, the bars below it. The legend's height
 * depends on which sides and marks the chart needs, so the chart is laid out twice: once to learn that, once in the
 * room the legend leaves.
 */
import { wordsFor } from '../../i18n/locales.ts';
import type { Size } from '../kind.ts';
import { legendLayout, type LegendItem } from '../shared/Legend.svelte';
import type { CountsInput } from './count-groups.ts';
import { layoutCounts, type CountsLayout } from './counts.ts';
import type { CountsState } from './spec.ts';

const LEGEND_GAP = 8;

export interface CountsFigure {
	items: LegendItem[];
	/** Where the chart starts, below the legend. */
	top: number;
	chart: CountsLayout;
	/** The drawing's height: the frame's, or more when the rows need it. */
	used: number;
}

export function countsFigure(input: CountsInput, state: CountsState, { width, height }: Size): CountsFigure {
	const probe = layoutCounts(input, state, { width, height });
	const words = wordsFor(input.lang).visuals.counts;
	const items: LegendItem[] = [
		...probe.sides.map((s) => ({ label: s.short, swatch: 'bar' as const, color: s.colour })),
		...(probe.hedged ? [{ label: words.legend.hedged, swatch: 'dashed' as const }] : []),
		...(probe.ranges ? [{ label: words.legend.range, swatch: 'hatched' as const }] : [])
	];
	const top = legendLayout(items, width).height + LEGEND_GAP;
	const chart = layoutCounts(input, state, { width, height: height - top });
	// Taller than its frame, the drawing sets its own CSS height, which the browser snaps to 1/64 px: a whole number
	// of px keeps the viewBox's scale at exactly 1, so text is drawn at its size, not a hair under.
	const needed = top + chart.height;
	return { items, top, chart, used: needed > height ? Math.ceil(needed) : height };
}
