// The benchmark's site: a production build of the stories and the hand-written floor (bench/floor/), served side by side
// from one temporary directory by scripts/serve.js (127.0.0.1, brotli or gzip, as a CDN would).
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../serve.js';

/** The story the floor was written from (its first chapter): the one measured unless `--story` names another. */
export const FLOOR_STORY = 'road-to-sirte';

/** Where the story and the floor are served. */
export const pagesFor = (/** @type {string} */ slug) => ({ story: `/${slug}/`, floor: '/bench-floor/' });

/** Builds the site for production into build/ (NODE_ENV=production even when run from a test runner). */
export function buildSite() {
	execSync('npx vite build', {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, NODE_ENV: 'production' }
	});
}

/**
 * Copies build/ and bench/floor/index.html into a temporary directory and serves it on a free 127.0.0.1 port.
 * @param {{ story: string, floor: string }} pages
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite(pages) {
	const page = join('build', pages.story, 'index.html');
	if (!existsSync(page))
		throw new Error(`No ${page}: build first, or name a story of stories/ with --story.`);
	const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
	cpSync('build', dir, { recursive: true });
	const floor = join(dir, pages.floor);
	if (existsSync(floor)) throw new Error(`The build already has ${pages.floor}; the floor needs that path.`);
	cpSync('bench/floor', floor, { recursive: true });
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
