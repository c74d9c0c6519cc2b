/**
 * The five ways to put a chapter on another site, as the text a host pastes (the builder at /embed/ shows them):
 * pym.js's auto-init markup, our loader's, a plain iframe, the oEmbed URL, and AMP's amp-iframe. Pure: every value
 * is escaped for the attribute it lands in, so a title or an origin cannot open markup in the host's page.
 */
import { embedUrl, oembedUrl, type EmbedMode, type EmbedTheme } from './embed-url.ts';
import { escapeHtml } from './html-escape.ts';

/** pym.js 1.3.2 from NPR's CDN: hosts load pym themselves, as its documentation shows. */
export const PYM_SCRIPT = 'https://pym.nprapps.org/pym.v1.min.js';
export const AMP_IFRAME_SCRIPT = 'https://cdn.ampproject.org/v0/amp-iframe-0.1.js';

export interface SnippetOptions {
	/** The site's origin, `https://example.org`: snippets leave the site, so every URL is absolute. */
	origin: string;
	/** The story's slug and the chapter's id. */
	story: string;
	chapter: string;
	/** The frame's accessible name: "Chapter title — Story title". */
	title: string;
	/** The first and last step shown, when not the chapter's first and last. */
	from?: string;
	to?: string;
	theme: EmbedTheme;
	mode: EmbedMode;
	/** The frame's height before the embed posts its own, in px. */
	height: number;
	/** The loader's subresource integrity (`sha384-…`); without it the loader snippet has no integrity attribute. */
	loaderIntegrity?: string;
}

export interface Snippets {
	pym: string;
	loader: string;
	iframe: string;
	oembed: string;
	amp: string;
}

/** A frame of `src`, full width, lazy, borderless: the plain snippet and the oEmbed response's html. */
export const embedIframe = ({ src, title, height }: { src: string; title: string; height: number }) =>
	`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" ` +
	`loading="lazy" style="border:0"></iframe>`;

/** pym's container id, which becomes the childId: the contract allows `[A-Za-z0-9_-]{1,64}`. */
export const pymId = (story: string, chapter: string) =>
	`scrolly-${story}-${chapter}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);

/** A regular expression matching exactly `origin`, for pym's `xdomain` (it appends `$` itself). */
const originPattern = (origin: string) => `^${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`;

export function embedSnippets(o: SnippetOptions): Snippets {
	const src = embedUrl(o);
	const height = Math.round(o.height);
	const title = escapeHtml(o.title);
	// pym.Parent reads these when pym auto-initialises: only messages from our origin are accepted, the host's URL
	// and title are not sent to us (optionalparams), and the host reports its scroll position for the scroll mode.
	const pymAttributes = [
		`id="${pymId(o.story, o.chapter)}"`,
		`data-pym-src="${escapeHtml(src)}"`,
		`data-pym-xdomain="${escapeHtml(originPattern(o.origin))}"`,
		`data-pym-title="${title}"`,
		'data-pym-optionalparams="false"',
		...(o.mode === 'scroll' ? ['data-pym-trackscroll'] : [])
	];
	const integrity = o.loaderIntegrity
		? ` integrity="${escapeHtml(o.loaderIntegrity)}" crossorigin="anonymous"`
		: '';
	return {
		pym: `<div ${pymAttributes.join(' ')}></div>\n<script src="${PYM_SCRIPT}"></script>`,
		loader:
			`<div data-scrolly-embed="${escapeHtml(src)}" data-title="${title}" data-height="${height}"></div>\n` +
			`<script src="${escapeHtml(o.origin)}/embed/v1/loader.js"${integrity} async></script>`,
		iframe: embedIframe({ src, title: o.title, height }),
		oembed: oembedUrl(o),
		// AMP resizes an amp-iframe only when it is `resizable` and has an `overflow` element, which the reader taps
		// when the new height cannot be applied at once. The embed posts AMP's embed-size message itself.
		amp:
			`<script async custom-element="amp-iframe" src="${AMP_IFRAME_SCRIPT}"></script>\n` +
			`<amp-iframe src="${escapeHtml(src)}" title="${title}" height="${height}" layout="fixed-height" ` +
			`sandbox="allow-scripts allow-same-origin" frameborder="0" resizable>\n` +
			`\t<div overflow tabindex="0" role="button" aria-label="Show all of ${title}">Show more</div>\n` +
			`</amp-iframe>`
	};
}
