/**
 * Loads a story with the package's kinds of visual: the content layer checks whatever kinds it is handed, and these
 * are the ones the package draws (visuals/specs.ts). Node-safe: no Svelte, no DOM.
 */
import { loadStory as loadWith, type Loaded } from './content/load.ts';
import { KIND_SPECS } from './visuals/specs.ts';

export type { Loaded };

/** Loads `stories/<slug>/` from its files' texts, keyed by project-relative path; never throws. */
export const loadStory = (slug: string, files: Record<string, string>): Loaded =>
	loadWith(slug, files, KIND_SPECS);
