/**
 * The addresses of an embedded chapter (notes/EMBED-CONTRACT.md): its page `/embed/<story>/<chapter>/` with the
 * reader's options in the query, and its oEmbed response `/oembed/<story>/<chapter>.json`. Only options that differ
 * from the embed page's defaults are written, so the common snippet is the shortest.
 */
export const EMBED_MODES = ['stepper', 'scroll', 'article'] as const;
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export const DEFAULT_MODE: EmbedMode = 'stepper';
export const DEFAULT_THEME: EmbedTheme = 'auto';

export interface EmbedTarget {
	/** The site's origin (`https://example.org`), or '' for a path on this site. */
	origin: string;
	/** The story's slug and the chapter's id. */
	story: string;
	chapter: string;
	mode?: EmbedMode;
	theme?: EmbedTheme;
	/** The first and last step shown, when not the chapter's first and last. */
	from?: string;
	to?: string;
}

const segment = (value: string) => encodeURIComponent(value);

/** The embed page's URL: `<origin>/embed/<story>/<chapter>/?mode=…&theme=…&from=…&to=…`, defaults left out. */
export function embedUrl({ origin, story, chapter, mode, theme, from, to }: EmbedTarget): string {
	const query = new URLSearchParams();
	if (mode && mode !== DEFAULT_MODE) query.set('mode', mode);
	if (theme && theme !== DEFAULT_THEME) query.set('theme', theme);
	if (from) query.set('from', from);
	if (to) query.set('to', to);
	const search = query.size ? `?${query}` : '';
	return `${origin}/embed/${segment(story)}/${segment(chapter)}/${search}`;
}

/** The chapter's oEmbed response, a static file per chapter. */
export const oembedUrl = ({ origin, story, chapter }: Pick<EmbedTarget, 'origin' | 'story' | 'chapter'>) =>
	`${origin}/oembed/${segment(story)}/${segment(chapter)}.json`;
