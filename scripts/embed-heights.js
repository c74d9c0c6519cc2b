// `npm run measure:embeds`: builds the site, opens every chapter's embed at 375 px wide in Chromium, and writes the
// height each one asks its host for to stories/<slug>/embed-heights.json. The loader's snippets and the oEmbed
// responses reserve that height (src/site/embed-height.server.ts), so a host's page does not shift when the frame
// reports its own. tests/browser/embed-heights.test.ts measures again and fails when a file is stale.
import { execSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The width the heights are measured at: a common phone's, where an embed is tallest. */
export const MEASURE_WIDTH = 375;

/**
 * The chapters of `slug` the build wrote an embed page for.
 * @param {string} build @param {string} slug @returns {string[]}
 */
export const builtChapters = (build, slug) =>
	readdirSync(join(build, 'embed', slug), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();

/**
 * Each chapter's height at MEASURE_WIDTH, as its page measures itself for its host (src/site/embed-client.ts), once
 * its script has drawn it and its fonts have loaded.
 * @param {import('playwright-core').Page} page @param {string} origin @param {string} slug @param {string[]} chapters
 * @returns {Promise<Record<string, number>>}
 */
export async function measureChapters(page, origin, slug, chapters) {
	await page.setViewportSize({ width: MEASURE_WIDTH, height: 667 });
	/** @type {Record<string, number>} */
	const heights = {};
	for (const chapter of chapters) {
		await page.goto(`${origin}/embed/${slug}/${chapter}/`, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => !document.documentElement.classList.contains('mode-pending'));
		heights[chapter] = await page.evaluate(async () => {
			await document.fonts.ready;
			return Math.ceil(document.body.getBoundingClientRect().height);
		});
	}
	return heights;
}

/** The file's text: the heights by chapter, and how they were measured. @param {Record<string, number>} heights */
export const heightsFile = (heights) =>
	JSON.stringify(
		{ measured: `px at ${MEASURE_WIDTH} px wide, by npm run measure:embeds`, heights },
		null,
		'\t'
	) + '\n';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { chromium } = await import('playwright-core');
	const { CHROME_FLAGS } = await import('./chrome.js');
	const { ensureChromium } = await import('./ensure.js');
	const { serve } = await import('./serve.js');
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
	const { url, close } = await serve('build', 0);
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROME_FLAGS });
	const page = await browser.newPage();
	for (const slug of readdirSync(join('build', 'embed'), { withFileTypes: true })) {
		if (!slug.isDirectory() || slug.name === 'v1') continue;
		const heights = await measureChapters(page, url, slug.name, builtChapters('build', slug.name));
		const path = join('stories', slug.name, 'embed-heights.json');
		writeFileSync(path, heightsFile(heights));
		console.log(path, heights);
	}
	await browser.close();
	await close();
}
