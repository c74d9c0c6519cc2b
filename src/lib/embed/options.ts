/** How an embedded chapter is shown, from its address's query (`mode`, `theme`, `from`, `to`). Pure. */

export const EMBED_MODES = ['stepper', 'scroll', 'article'] as const;
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
	/** stepper (buttons, keys, swipe), scroll (follows the host's scroll when it reports it), article (unrolled). */
	mode: EmbedMode;
	theme: EmbedTheme;
	/** The steps shown: indices into the chapter's steps, `first` ≤ `last`. */
	first: number;
	last: number;
	/** A `from` or `to` that names no step of the chapter: the whole chapter is shown, and says so. */
	unknownStep?: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
	values.includes(value as T) ? (value as T) : fallback;

/**
 * The options in `search` for a chapter whose steps are `ids`. Unknown modes and themes take the defaults; a range is
 * read in either order. `stepperOnly`: the host cannot follow a chapter as tall as the page (WordPress clamps an
 * embed's height to 1000 px), so scroll falls back to the stepper.
 */
export function embedOptions(search: string, ids: readonly string[], stepperOnly = false): EmbedOptions {
	const query = new URLSearchParams(search);
	const mode = oneOf(EMBED_MODES, query.get('mode'), 'stepper');
	const options: EmbedOptions = {
		mode: stepperOnly && mode === 'scroll' ? 'stepper' : mode,
		theme: oneOf(EMBED_THEMES, query.get('theme'), 'auto'),
		first: 0,
		last: ids.length - 1
	};
	const from = query.get('from');
	const to = query.get('to');
	const unknown = [from, to].find((id) => id !== null && !ids.includes(id));
	if (unknown !== undefined) return { ...options, unknownStep: unknown ?? '' };
	const ends = [from ?? ids[0], to ?? ids.at(-1)].map((id) => ids.indexOf(id!));
	return { ...options, first: Math.min(ends[0]!, ends[1]!), last: Math.max(ends[0]!, ends[1]!) };
}
