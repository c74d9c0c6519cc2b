// `npm run bench`: measures the story against its floor (bench/floor/index.html, the first chapter as plain HTML)
// and prints a Markdown table. Builds the site for production, serves it with the floor on 127.0.0.1 as a CDN would
// (scripts/serve.js), then, at 1280×800 and 390×844, five runs each (`--quick`: one; `--runs N`: N):
//   bytes by kind, raw and brotli, and requests, on first load and after a wheel scroll to the end;
//   that scroll at 1× and 4× CPU: frames over 16.7/33 ms, longest frame, long tasks, layout shift, step latency;
// and Lighthouse 12, mobile and desktop presets, on the story, the floor and the story page never hydrated (what the
// document alone costs). Writes bench/results/<YYYY-MM-DD>-<short commit>.json.
// `--no-build` measures the existing build/; `--story <slug>` measures another story against the same floor (the
// machine's baseline). It measures; it never fails on speed (see tests/build/budgets.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome, INSTALL_HINT } from './chrome.js';
import { runLighthouse } from './bench/lighthouse.js';
import { measurePage } from './bench/measure.js';
import { markdownTable } from './bench/report.js';
import { JITTER_MS, WHEEL } from './bench/scroll.js';
import { buildSite, FLOOR_STORY, pagesFor, serveSite, shortCommit } from './bench/site.js';
import { summarize } from './bench/stats.js';

const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
];
/** @type {('mobile' | 'desktop')[]} */
const FORM_FACTORS = ['mobile', 'desktop'];
/** @type {('story' | 'floor')[]} */
const SUBJECTS = ['story', 'floor'];
/**
 * Lighthouse also runs on the story page never hydrated, which has no engine to scroll.
 * @type {('story' | 'floor' | 'unhydrated')[]}
 */
const LIGHTHOUSE_SUBJECTS = [...SUBJECTS, 'unhydrated'];

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = argv.includes('--quick') ? 1 : runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 1) : 5;
const storyAt = argv.indexOf('--story');
const slug = storyAt >= 0 ? (argv[storyAt + 1] ?? '') : FLOOR_STORY;
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
	console.error(`--story takes a story's slug (a folder of stories/), not "${slug}"`);
	process.exit(1);
}
const PAGES = pagesFor(slug);
const executablePath = findChrome();
if (!executablePath) {
	console.error(INSTALL_HINT);
	process.exit(1);
}
/** @param {string} message */
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const started = Date.now();

if (!argv.includes('--no-build')) {
	log('building the site (vite build, production)');
	buildSite();
}
const site = await serveSite(PAGES);
/** @type {Record<'story' | 'floor' | 'unhydrated', Record<string, unknown>[]>} */
const results = { story: [], floor: [], unhydrated: [] };
let browserVersion = '';
try {
	const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_FLAGS });
	browserVersion = browser.version();
	try {
		for (let run = 0; run < runs; run++) {
			/** @type {Record<'story' | 'floor', Record<string, unknown>>} */
			const figures = { story: {}, floor: {} };
			for (const viewport of VIEWPORTS)
				for (const subject of SUBJECTS) {
					log(
						`run ${run + 1}/${runs}: ${subject} at ${viewport.width}×${viewport.height}, load and wheel scroll`
					);
					figures[subject][`${viewport.width}x${viewport.height}`] = await measurePage(
						browser,
						site.url + PAGES[subject],
						viewport
					);
				}
			for (const subject of SUBJECTS) results[subject].push(figures[subject]);
		}
	} finally {
		await browser.close();
	}
	for (let run = 0; run < runs; run++)
		for (const formFactor of FORM_FACTORS)
			for (const subject of LIGHTHOUSE_SUBJECTS) {
				log(`run ${run + 1}/${runs}: Lighthouse ${formFactor}, ${subject}`);
				const figures = await runLighthouse(executablePath, site.url + PAGES[subject], formFactor);
				// The page never hydrated has no figures of its own before Lighthouse's.
				const record = (results[subject][run] ??= {});
				const lighthouse = /** @type {Record<string, unknown>} */ (record.lighthouse ??= {});
				lighthouse[formFactor] = figures;
			}
} finally {
	await site.close();
}

const viewports = VIEWPORTS.map((v) => `${v.width}x${v.height}`);
const summary = {
	story: summarize(results.story),
	floor: summarize(results.floor),
	unhydrated: summarize(results.unhydrated)
};
const table = markdownTable(summary, viewports);
const date = new Date().toISOString().slice(0, 10);
const commit = shortCommit();
const file = `bench/results/${date}-${commit}${slug === FLOOR_STORY ? '' : `-${slug}`}${runs === 1 ? '-quick' : ''}.json`;
const require = createRequire(import.meta.url);
const report = {
	date: new Date().toISOString(),
	commit,
	runs,
	seconds: Math.round((Date.now() - started) / 1000),
	pages: PAGES,
	viewports,
	wheel: WHEEL,
	frameJitterMs: JITTER_MS,
	chromium: `${executablePath} ${browserVersion}`,
	lighthouse: /** @type {{ version: string }} */ (require('lighthouse/package.json')).version,
	node: process.version,
	summary,
	table
};
mkdirSync('bench/results', { recursive: true });
writeFileSync(file, JSON.stringify(report, null, '\t') + '\n');
console.log(`\n${table}\n\n${runs} run${runs === 1 ? '' : 's'}, ${report.seconds} s. Wrote ${file}`);
