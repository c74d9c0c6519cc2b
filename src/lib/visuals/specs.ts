/**
 * The kinds of visual as the content layer knows them: their configuration, data and state checks, free of Svelte,
 * so `check:stories` runs in plain Node. `visuals/index.ts` lists the same kinds with what draws them; a unit test
 * holds the two lists to the same kinds in the same order.
 */
import type { AnyKindSpec } from '../content/kinds.ts';
import { countsSpec } from './counts/spec.ts';
import { mapSpec } from './map/spec.ts';
import { progressSpec } from './progress/spec.ts';

export const KIND_SPECS: readonly AnyKindSpec[] = [progressSpec, countsSpec, mapSpec];
