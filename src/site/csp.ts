import { createHash } from 'node:crypto';

/** Who may frame a page: nobody, the listed sources, or (undefined) anyone. */
export type FrameAncestors = 'none' | readonly string[] | undefined;

// The types the HTML standard runs as script (besides module and importmap): anything else is a data block, such as
// the story's props in <script type="application/json">, which no policy checks.
const JAVASCRIPT_TYPES = new Set([
	'',
	'module',
	'importmap',
	'application/ecmascript',
	'application/javascript',
	'application/x-ecmascript',
	'application/x-javascript',
	'text/ecmascript',
	'text/javascript',
	'text/javascript1.0',
	'text/javascript1.1',
	'text/javascript1.2',
	'text/javascript1.3',
	'text/javascript1.4',
	'text/javascript1.5',
	'text/jscript',
	'text/livescript',
	'text/x-ecmascript',
	'text/x-javascript'
]);

const SCRIPT = /<!--[\s\S]*?-->|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[\s/>]/gi;
const attribute = (attrs: string, name: string) =>
	new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i').exec(
		attrs
	);

/**
 * The text of every inline script in `html` that a browser would run, as its parser reads it (a script's text is raw:
 * no entities; line breaks become \n). Scripts with `src`, data blocks and scripts inside comments are left out.
 */
export function inlineScripts(html: string): string[] {
	const texts: string[] = [];
	for (const [, attrs, text] of html.matchAll(SCRIPT)) {
		if (attrs === undefined || text === undefined) continue; // a comment
		if (attribute(attrs, 'src')) continue;
		const type = attribute(attrs, 'type');
		const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
		if (JAVASCRIPT_TYPES.has(value)) texts.push(text.replace(/\r\n?/g, '\n'));
	}
	return texts;
}

/** The CSP source that allows exactly this inline script: `'sha256-<base64>'` of its UTF-8 text. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy: everything from the site itself, inline scripts only by hash (no
 * 'unsafe-inline'), inline styles allowed (SvelteKit inlines the stylesheets and Svelte writes `style=` attributes;
 * a style cannot run code), no plugins, no <base> elsewhere, forms only to the site.
 */
export function contentSecurityPolicy(
	scriptHashes: readonly string[],
	frameAncestors: FrameAncestors
): string {
	const directives = [
		`default-src 'self'`,
		['script-src', `'self'`, ...[...new Set(scriptHashes)].sort()].join(' '),
		`style-src 'self' 'unsafe-inline'`,
		`img-src 'self' data:`,
		`font-src 'self'`,
		`connect-src 'self'`,
		`object-src 'none'`,
		`base-uri 'self'`,
		`form-action 'self'`
	];
	// No directive at all for anyone: `frame-ancestors *` would still refuse a host page with an opaque origin.
	if (frameAncestors === 'none') directives.push(`frame-ancestors 'none'`);
	else if (frameAncestors) directives.push(['frame-ancestors', `'self'`, ...frameAncestors].join(' '));
	return directives.join('; ');
}
