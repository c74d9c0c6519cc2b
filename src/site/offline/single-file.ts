import { extname } from 'node:path';
import { escapeHtml } from '../html-escape.ts';
import { storyLoader } from '../story-loader.ts';
import { storyPropsScript, type StoryProps } from '../story-props.ts';
import type { OfflineBundle } from './offline-bundle.ts';
import { REGISTRATION_START } from './register.ts';

/** What one built page needs to become a single file. */
export interface SingleFilePage {
	/** The page's HTML as the build wrote it. */
	html: string;
	/** The page's path from the site's root, e.g. `present/<story>/`. */
	page: string;
	/** The page's client as one module (offline-bundle.ts), when the page has a script. */
	bundle?: OfflineBundle;
	/** A built file's bytes, by its path from the site's root. */
	read: (path: string) => Buffer;
	/** The single file that stands for a page of the site (its path from the root), if there is one. */
	fileFor: (page: string) => string | undefined;
	/** The site's public origin, for links to pages that have no single file. */
	origin: string;
}

const SITE = 'http://site.invalid/';
const TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon'
};
const LOADER =
	/<script>((?:(?!<\/script>)[\s\S])*?\/_app\/immutable\/entry\/(?:(?!<\/script>)[\s\S])*?)<\/script>/g;
const REGISTRATION = /<script>((?:(?!<\/script>)[\s\S])*?)<\/script>/g;
const PROPS = /<script type="application\/json" id="([\w-]+)-props">([\s\S]*?)<\/script>/g;

/**
 * The page as one HTML file that works opened from a disk, with no server and no network: SvelteKit's disabled
 * stylesheet links (its client, which no page loads, would enable them) dropped, the icon as a data URI, the service
 * worker's registration dropped (a `file://` page has none), the page's script as a module in a data URI that the
 * page's own loader imports (so a script that fails still leaves the page as it is without JavaScript), the CSS its
 * islands would load inlined, and links to other pages pointing at their single files or, for pages with none, at
 * the site. Throws when anything the page loads is left outside the file.
 */
export function singleFile({ html, page, bundle, read, fileFor, origin }: SingleFilePage): string {
	const href = (value: string) => rewriteLink(value, page, fileFor, origin);
	let out = html.replace(/<link\b[^>]*\sdisabled\b[^>]*>/g, '');
	out = out.replace(
		/(<link\b[^>]*\brel="(?:icon|apple-touch-icon)"[^>]*\bhref=")([^"]+)(")/g,
		(_, start, url, end) => {
			const path = new URL(url, SITE + page).pathname.slice(1);
			const type = TYPES[extname(path)] ?? 'application/octet-stream';
			return `${start}data:${type};base64,${read(path).toString('base64')}${end}`;
		}
	);
	out = out.replace(REGISTRATION, (script, code: string) =>
		code.startsWith(REGISTRATION_START) ? '' : script
	);
	let loaders = 0;
	out = out.replace(LOADER, () => {
		loaders++;
		if (!bundle) throw new Error(`offline: /${page} has a script, and no bundle was built for it`);
		return storyLoader(`data:text/javascript;base64,${Buffer.from(bundle.js).toString('base64')}`, []);
	});
	if (bundle && loaders !== 1) throw new Error(`offline: /${page} has ${loaders} script loaders, not one`);
	if (bundle?.css)
		out = out.replace('</head>', `<style>${bundle.css.replace(/<\/style/gi, '<\\/style')}</style></head>`);
	const anchors = (markup: string) =>
		markup.replace(/(<a\b[^>]*?\shref=")([^"]*)(")/g, (_, start, value: string, end) => {
			const decoded = value
				.replace(/&amp;/g, '&')
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'");
			return start + escapeHtml(href(decoded)) + end;
		});
	out = anchors(out);
	// The script draws again from the props: their links (the steps' HTML, the story's address) change the same way.
	out = out.replace(PROPS, (_, id: string, json: string) => {
		const props = JSON.parse(json, (key, value: unknown) =>
			typeof value !== 'string' ? value : key.endsWith('Href') ? href(value) : anchors(value)
		) as StoryProps;
		return storyPropsScript(props, id);
	});
	const outside = localReferences(out);
	if (outside.length) throw new Error(`offline: /${page} still loads ${outside.join(', ')}`);
	return out;
}

/** A link as the single file of `page` must write it: to another single file, to the site, or as it was. */
export function rewriteLink(
	value: string,
	page: string,
	fileFor: (page: string) => string | undefined,
	origin: string
): string {
	if (value.startsWith('#')) return value;
	const url = new URL(value, SITE + page);
	if (url.origin + '/' !== SITE) return value;
	const path = url.pathname.slice(1);
	if (path === page && !url.search && url.hash) return url.hash;
	const file = fileFor(path);
	return file ? `${file}${url.search}${url.hash}` : `${origin}${url.pathname}${url.search}${url.hash}`;
}

/** What the HTML would still fetch from beside it: resource tags' URLs and CSS url()s that are not data or fragments. */
export function localReferences(html: string): string[] {
	const found: string[] = [];
	for (const [tag] of html.matchAll(/<(?:link|script|img|source|iframe|video|audio|embed)\b[^>]*>/gi)) {
		const isLink = /^<link/i.test(tag);
		for (const [, name, value] of tag.matchAll(/\s(src|href|srcset|poster)="([^"]*)"/gi))
			if ((isLink || name !== 'href') && value && !/^(data:|#)/.test(value)) found.push(value);
	}
	for (const [, value] of html.matchAll(/url\(\s*["']?([^"')]*)/g))
		if (value && !/^(data:|#|%23)/.test(value)) found.push(value);
	return found;
}
