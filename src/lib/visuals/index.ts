/**
 * The kinds of visual the package draws, each defined in its own folder (`<kind>/index.ts`: its spec, layout, words,
 * data table and component). Adding a kind is one folder, one line here and one in `specs.ts`.
 */
import { counts } from './counts/index.ts';
import type { AnyVisualKind } from './kind.ts';
import { map } from './map/index.ts';
import { progress } from './progress/index.ts';

export const KINDS: readonly AnyVisualKind[] = [progress, counts, map];

/** The kind a step names, if the package has it. */
export const kindOf = (key: string): AnyVisualKind | undefined => KINDS.find((k) => k.key === key);
