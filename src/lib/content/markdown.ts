import MarkdownIt from 'markdown-it';

/**
 * Markdown to HTML at build time, safe by default: raw HTML is escaped, links and images may only point to
 * http, https, mailto, relative paths and #fragments. The output is the only HTML the site injects.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/** True for URLs readers may follow: http, https, mailto, relative and #fragment. */
export function isSafeUrl(url: string): boolean {
	// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	const scheme = SCHEME.exec(compact)?.[1];
	if (scheme === undefined) return !compact.startsWith('//') && !compact.startsWith('\\\\');
	return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

md.validateLink = isSafeUrl;

const defaultLinkOpen =
	md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));

// A link to `#claim-<id>` is a claim reference: the reader can open who says so.
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
	const token = tokens[i]!;
	const href = String(token.attrGet('href') ?? '');
	if (href.startsWith('#claim-')) {
		const id = href.slice('#claim-'.length);
		token.attrJoin('class', (env as RenderEnv).hedged?.has(id) ? 'claim-ref hedged' : 'claim-ref');
		token.attrSet('data-claim', id);
	}
	return defaultLinkOpen(tokens, i, options, env, self);
};

/** What the renderer knows of the story: which claims their sources hedge, so their links can look hedged. */
export interface RenderEnv {
	hedged?: ReadonlySet<string>;
}

/** Block Markdown (paragraphs, lists, emphasis, links) to safe HTML. */
export function renderMarkdown(source: string, env: RenderEnv = {}): string {
	return md.render(source, { ...env }).trim();
}

/** The `#claim-<id>` references in a Markdown text, with the offset of each `#claim-`, for validation. */
export function claimRefs(source: string): { id: string; offset: number }[] {
	const refs: { id: string; offset: number }[] = [];
	for (const m of source.matchAll(/\]\(#claim-([^)\s]*)\)/g))
		refs.push({ id: m[1] ?? '', offset: (m.index ?? 0) + 2 });
	return refs;
}
