/**
 * The casualty chart inside its frame: a legend of what the chart shows on top, the bars below it. The legend's
 * height depends on which sides and marks the chart needs, so the chart is laid out twice: once to learn that, once
 * in the room the legend leaves.
 */
import type { CasualtyReport, Claim } from '../../content/types.ts';
import { legendLayout, type LegendItem } from '../shared/Legend.svelte';
import { SIDE_NAMES } from './casualty-groups.ts';
import { layoutCasualties, type CasualtyLayout, type CasualtyState, type Side } from './casualties.ts';

const COLOURS: Record<Side, string> = {
	gna: 'var(--gna, #0b5394)',
	is: 'var(--is, #a61c00)',
	civilian: 'var(--civilian, #5b5b5b)'
};
const LEGEND_GAP = 8;

export interface CasualtyFigure {
	items: LegendItem[];
	/** Where the chart starts, below the legend. */
	top: number;
	chart: CasualtyLayout;
	/** The drawing's height: the frame's, or more when the rows need it. */
	used: number;
}

export function casualtyFigure(
	reports: readonly CasualtyReport[],
	claims: readonly Claim[],
	state: CasualtyState,
	{ width, height }: { width: number; height: number }
): CasualtyFigure {
	const probe = layoutCasualties(reports, claims, state, { width, height });
	const items: LegendItem[] = [
		...probe.sides.map((s) => ({ label: SIDE_NAMES[s], swatch: 'bar' as const, color: COLOURS[s] })),
		...(probe.hedged ? [{ label: 'hedged by its source', swatch: 'dashed' as const }] : []),
		...(probe.ranges ? [{ label: 'range, low to high', swatch: 'hatched' as const }] : [])
	];
	const top = legendLayout(items, width).height + LEGEND_GAP;
	const chart = layoutCasualties(reports, claims, state, { width, height: height - top });
	return { items, top, chart, used: Math.max(height, top + chart.height) };
}
