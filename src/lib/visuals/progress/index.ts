/**
 * The progress chart: a quantity over time moving toward a target (a front line's distance to a city, a storm's to
 * the coast), as a stepped line of dated points, each from a claim; estimated dates and hedged claims are marked.
 * Configured by the story's `progress:` section of visuals.yaml (see spec.ts), drawn from `data/progress.csv`.
 */
import type { VisualKind } from '../kind.ts';
import { layoutProgress, type ProgressLayout } from './progress.ts';
import ProgressChart from './ProgressChart.svelte';
import type { ProgressConfig, ProgressPoint, ProgressState } from './spec.ts';
import { describeProgress, progressTable } from './text.ts';

export const progress: VisualKind<ProgressConfig, ProgressPoint, ProgressState, ProgressLayout> = {
	key: 'progress',
	layout: layoutProgress,
	text: (input, state) => ({ title: input.config.title, description: describeProgress(input, state) }),
	table: progressTable,
	component: ProgressChart
};
