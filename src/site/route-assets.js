// What a prerendered route can load, read from the built files alone: the page's HTML (modulepreload, script,
// stylesheet, icon and image references, and the inline start script's imports), then every JS module it imports,
// statically or dynamically, transitively (with the CSS Vite lists beside dynamic imports), and every url() in its CSS.
// Used by the budget tests (tests/build/budgets.test.ts) and, at build time, by the offline manifests
// (src/site/offline/offline-manifest.ts). Deterministic: no browser, no server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** @typedef {'js' | 'css' | 'font' | 'image' | 'data' | 'other'} AssetKind */
/** @typedef {{ path: string, kind: AssetKind, raw: number, br: number, inline?: boolean }} Asset */
/** @typedef {{ assets: Asset[], external: string[] }} RouteAssets */

/** @type {Record<string, AssetKind>} */
const KINDS = {
	'.js': 'js',
	'.mjs': 'js',
	'.css': 'css',
	'.woff2': 'font',
	'.woff': 'font',
	'.ttf': 'font',
	'.otf': 'font',
	'.svg': 'image',
	'.png': 'image',
	'.jpg': 'image',
	'.jpeg': 'image',
	'.gif': 'image',
	'.webp': 'image',
	'.avif': 'image',
	'.ico': 'image',
	'.json': 'data',
	'.csv': 'data'
};
/** @param {string} path */
export const kindOf = (path) => KINDS[extname(path).toLowerCase()] ?? 'other';

const RESOURCE_RELS = /\b(stylesheet|modulepreload|preload|prefetch|icon|apple-touch-icon|manifest)\b/i;
const TAG = /<(link|script|img|source|video|audio|iframe|embed|image|use)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const STATIC_IMPORT = /(?:\bimport|\bfrom|\bexport\s*\*\s*from)\s*["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;
const ASSET_URL = /\bnew\s+URL\(\s*["'`]([^"'`$]+)["'`]\s*,\s*import\.meta\.url\s*\)/g;
const VITE_DEPS = /\bm\.f\s*=\s*\[([^\]]*)\]/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g;

/** @param {Buffer} bytes brotli size at quality 11, as scripts/serve.js compresses */
const brotli = (bytes) =>
	brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** @param {string} html @returns {string[]} every URL the HTML asks the browser to fetch */
function htmlReferences(html) {
	/** @type {string[]} */
	const urls = [];
	for (const [, tag, attributes] of html.matchAll(TAG)) {
		/** @type {Record<string, string>} */
		const attrs = {};
		for (const m of (attributes ?? '').matchAll(ATTRIBUTE))
			attrs[(m[1] ?? '').toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
		if (tag?.toLowerCase() === 'link') {
			if (attrs.href && RESOURCE_RELS.test(attrs.rel ?? '')) urls.push(attrs.href);
			continue;
		}
		for (const name of ['src', 'poster', 'href', 'xlink:href']) if (attrs[name]) urls.push(attrs[name] ?? '');
		for (const candidate of (attrs.srcset ?? '').split(',')) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) urls.push(url);
		}
	}
	for (const [, code] of html.matchAll(INLINE_SCRIPT)) urls.push(...jsReferences(code ?? ''));
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|\sstyle\s*=\s*"([^"]*)"/gi)];
	for (const [, block, attribute] of styles) urls.push(...cssReferences(block ?? attribute ?? ''));
	return urls.filter((url) => url && !url.startsWith('#'));
}

/** @param {string} code @returns {string[]} import specifiers (static, dynamic), Vite's preload lists, asset URLs */
function jsReferences(code) {
	/** @type {string[]} */
	const urls = [];
	for (const pattern of [STATIC_IMPORT, DYNAMIC_IMPORT, ASSET_URL])
		for (const m of code.matchAll(pattern)) urls.push(m[1] ?? '');
	for (const [, list] of code.matchAll(VITE_DEPS))
		for (const m of (list ?? '').matchAll(/["'`]([^"'`]+)["'`]/g)) urls.push(m[1] ?? '');
	// Only relative or absolute paths and full URLs load anything; bare words matched inside strings do not.
	return urls.filter((url) => /^(\.{1,2}\/|\/|https?:)/.test(url));
}

/** @param {string} css @returns {string[]} */
const cssReferences = (css) =>
	[...css.matchAll(CSS_URL)].map((m) => m[1] ?? m[2] ?? '').filter((url) => url && !url.startsWith('data:'));

/**
 * Everything the prerendered `route` (e.g. '/<story>/') of the site built in `buildDir` can load, each file
 * with its raw and brotli (quality 11) size, and every reference to another origin found on the way.
 * @param {string} buildDir
 * @param {string} route
 * @returns {RouteAssets}
 */
export function routeAssets(buildDir, route) {
	const origin = 'http://127.0.0.1';
	const page = new URL(route, origin);
	/** @type {Map<string, Asset>} */
	const assets = new Map();
	/** @type {Set<string>} */
	const external = new Set();
	const html = readFileSync(join(buildDir, page.pathname, 'index.html'), 'utf8');
	// Stylesheets inlined into the page count as CSS, under the page's name.
	const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').join('\n');
	if (inline) {
		const bytes = Buffer.from(inline);
		const path = `${join(page.pathname, 'index.html').replace(/^\//, '')} <style>`;
		assets.set(path, { path, kind: 'css', raw: bytes.length, br: brotli(bytes), inline: true });
	}
	/** @type {{ url: string, base: URL }[]} */
	const queue = htmlReferences(html).map((url) => ({ url, base: page }));
	for (let item = queue.shift(); item; item = queue.shift()) {
		if (item.url.startsWith('data:')) continue;
		const url = new URL(item.url, item.base);
		if (url.origin !== origin) {
			external.add(url.href);
			continue;
		}
		const path = decodeURIComponent(url.pathname).replace(/^\//, '');
		const file = join(buildDir, path);
		if (assets.has(path) || !existsSync(file) || !statSync(file).isFile()) continue;
		const bytes = readFileSync(file);
		const kind = kindOf(path);
		assets.set(path, { path, kind, raw: bytes.length, br: brotli(bytes) });
		const text = kind === 'js' || kind === 'css' ? bytes.toString('utf8') : '';
		const refs = kind === 'js' ? jsReferences(text) : kind === 'css' ? cssReferences(text) : [];
		queue.push(...refs.map((ref) => ({ url: ref, base: url })));
	}
	return { assets: [...assets.values()], external: [...external] };
}
