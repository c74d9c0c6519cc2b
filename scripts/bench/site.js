// The benchmark's site: a production build of the stories, the hand-written floor (bench/floor/) and the story page
// never hydrated, served side by side from one temporary directory by scripts/serve.js (127.0.0.1, brotli or
// gzip, as a CDN would).
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../serve.js';

/** The story the floor was written from (its first chapter): the one measured unless `--story` names another. */
export const FLOOR_STORY = 'road-to-sirte';

/**
 * Where the story, the floor and the story page never hydrated are served. The last is at the story's depth, so its
 * relative addresses resolve as the story's do.
 */
export const pagesFor = (/** @type {string} */ slug) => ({
	story: `/${slug}/`,
	floor: '/bench-floor/',
	unhydrated: '/bench-unhydrated/'
});

/**
 * The story page as the reader's browser first paints it, and then left alone: the body's scripts (the view's props
 * and the loader that fetches the story's script) are removed; the head's, which picks the layout before the first
 * paint, stays. Lighthouse on it measures what the document itself costs to load, the part of the page's load that
 * no change to hydration can touch.
 * @param {string} html
 */
export function unhydrated(html) {
	const body = html.search(/<body\b/i);
	if (body < 0) throw new Error('The story page has no <body>');
	return html.slice(0, body) + html.slice(body).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

/** Builds the site for production into build/ (NODE_ENV=production even when run from a test runner). */
export function buildSite() {
	execSync('npx vite build', {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, NODE_ENV: 'production' }
	});
}

/**
 * Copies build/, bench/floor/index.html and the story page never hydrated into a temporary directory and serves it
 * on a free 127.0.0.1 port.
 * @param {{ story: string, floor: string, unhydrated: string }} pages
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite(pages) {
	const page = join('build', pages.story, 'index.html');
	if (!existsSync(page))
		throw new Error(`No ${page}: build first, or name a story of stories/ with --story.`);
	const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
	cpSync('build', dir, { recursive: true });
	/** Where the bench puts a page of its own: a path the build must leave free. */
	const ownPath = (/** @type {string} */ path) => {
		if (existsSync(join(dir, path)))
			throw new Error(`The build already has ${path}; the bench serves a page of its own there.`);
		return join(dir, path);
	};
	cpSync('bench/floor', ownPath(pages.floor), { recursive: true });
	const still = ownPath(pages.unhydrated);
	mkdirSync(still, { recursive: true });
	writeFileSync(join(still, 'index.html'), unhydrated(readFileSync(page, 'utf8')));
	const server = await serve(dir, 0);
	return {
		url: server.url,
		async close() {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** The short commit of HEAD, or BENCH_COMMIT, or "nogit" outside a git checkout. */
export function shortCommit() {
	if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
	try {
		return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return 'nogit';
	}
}
