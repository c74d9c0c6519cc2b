/**
 * oEmbed (https://oembed.com) for embedded chapters: the response a consumer (WordPress, a CMS) fetches, and the
 * discovery link the embed page puts early in its <head>. Each chapter has one static response,
 * `/oembed/<story>/<chapter>.json`, which consumers find through that link.
 */
import { ESTIMATE_WIDTH } from './embed-height.ts';
import { embedIframe } from './embed-snippets.ts';
import { embedUrl, oembedUrl } from './embed-url.ts';
import { escapeHtml } from './html-escape.ts';

/** The site's name, as the index page titles it. */
export const PROVIDER_NAME = 'Scroll-driven explainers';

export interface OembedResponse {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	/** An iframe of the embed page, as the plain snippet writes it. */
	html: string;
	/** The width the height is estimated at, and the estimate (src/site/embed-height.ts), in whole pixels. */
	width: number;
	height: number;
}

export interface OembedChapter {
	/** The site's origin, `https://example.org`. */
	origin: string;
	/** The story's slug and the chapter's id. */
	story: string;
	chapter: string;
	/** The frame's title: embedTitle(chapter, story). */
	title: string;
}

/** How an embedded chapter is named, in frames, snippets and oEmbed: "Chapter title — Story title". */
export const embedTitle = (chapterTitle: string, storyTitle: string) => `${chapterTitle} — ${storyTitle}`;

export function oembedResponse(chapter: OembedChapter & { height: number }): OembedResponse {
	const height = Math.round(chapter.height);
	return {
		version: '1.0',
		type: 'rich',
		title: chapter.title,
		provider_name: PROVIDER_NAME,
		provider_url: `${chapter.origin}/`,
		html: embedIframe({ src: embedUrl(chapter), title: chapter.title, height }),
		width: ESTIMATE_WIDTH,
		height
	};
}

/** `<link rel="alternate" type="application/json+oembed" href="…" title="…">`, for the embed page's <head>. */
export const oembedLink = (chapter: OembedChapter) =>
	`<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl(chapter))}" ` +
	`title="${escapeHtml(chapter.title)}">`;
