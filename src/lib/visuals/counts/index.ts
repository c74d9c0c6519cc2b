/**
 * The contested-counts chart: counts by group and side, each from a claimant; claims that disagree are drawn side by
 * side, one row each, ranges hatched and hedged claims dashed.
 */
import type { VisualKind } from '../kind.ts';
import { countsTable, describeCounts } from './count-text.ts';
import CountsChart from './CountsChart.svelte';
import { countsFigure, type CountsFigure } from './figure.ts';
import type { CountReport, CountsConfig, CountsState } from './spec.ts';

export const counts: VisualKind<CountsConfig, CountReport, CountsState, CountsFigure> = {
	key: 'counts',
	// A chart is one scene while it starts from the same group: a step that adds groups below it, or changes the claim
	// in focus, updates the drawing (the bars it adds grow in). A step that starts from another group shows another
	// drawing, made ahead: rebuilding every row would be the step's slowest work.
	scene: (state) => state.groups[0] ?? '',
	layout: countsFigure,
	text: describeCounts,
	table: countsTable,
	component: CountsChart
};
