// Byte budgets of the story route: everything it loads up to its last step. Chromium loads the built site and scrolls
// to the last step; every file it fetched, and the stylesheets inlined into the HTML, are then counted from the build
// (brotli at quality 11, as scripts/serve.js serves it), so the sizes are deterministic. A static reading of the built files (routeAssets: everything the HTML
// can reach, lazy chunks included) checks that nothing comes from another origin. Speed is measured by
// `npm run bench`, never asserted here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAssets, kindOf, type Asset, type AssetKind } from '../../scripts/bench/route-assets.js';
import { baseURL, openBrowser } from '../browser/harness.ts';
import { STORY_SLUGS } from '../stories.ts';

const routes = STORY_SLUGS.map((slug) => `/${slug}/`);
const kB = 1000;
const format = (bytes: number) => `${(bytes / kB).toFixed(1)} kB`;
const budget = (kind: AssetKind, name: string, size: 'br' | 'raw', limit: number) => ({
	kind,
	name,
	size,
	limit,
	label: `${limit / kB} kB of ${name}, ${size === 'br' ? 'brotli' : 'as served'}`
});
const budgets = [
	// Issue 6's budget. The story page carries no SvelteKit client, only the script that hydrates its story view
	// (src/site/story-client.ts); README, "Where the JavaScript goes".
	budget('js', 'JavaScript', 'br', 45 * kB),
	budget('css', 'CSS', 'br', 12 * kB),
	// Fonts are served as they are (woff2 is compressed already), so their raw size is what travels.
	budget('font', 'fonts', 'raw', 60 * kB)
];

describe.each(routes)('the story route %s, read from the build', (route) => {
	const { assets, external } = routeAssets('build', route);

	it('counts a production build, without Svelte’s development-mode code', () => {
		// Vitest sets NODE_ENV=test, and a `vite build` that inherits it compiles Svelte in development mode (larger).
		const dev = assets
			.filter((a) => a.kind === 'js' && readFileSync(`build/${a.path}`, 'utf8').includes('__svelte_meta'))
			.map((a) => a.path);
		const message = `build/ holds Svelte's development build, larger than what readers get: run vite build with NODE_ENV=production`;
		expect(dev, message).toEqual([]);
	});

	it('refers to no other origin in its HTML, CSS or JavaScript', () => {
		expect(external, `${route} loads from another origin`).toEqual([]);
	});

	it('starts from its HTML and reaches the scripts and stylesheets the page links to', () => {
		expect(assets.some((a) => a.kind === 'js')).toBe(true);
		expect(assets.some((a) => a.kind === 'css')).toBe(true);
	});
});

const cases = routes.flatMap((route) =>
	[
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 }
	].map((viewport) => ({ route, ...viewport, viewport }))
);

describe.each(cases)('loading and scrolling $route to its last step in Chromium at $width×$height', ({
	route,
	viewport
}) => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	const requested: string[] = [];
	const built = new Map(routeAssets('build', route).assets.map((a: Asset) => [a.path, a]));
	const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname).slice(1);

	beforeAll(async () => {
		browser = await openBrowser(viewport);
		const { page } = browser;
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(`${baseURL()}${route}`, { waitUntil: 'networkidle' });
		const last = await page.$$eval('[data-active-step] [id^="step-"]', (els) => els.at(-1)?.id.slice(5));
		// Half a viewport at a time, two frames each, so every step crosses the offset line on the way down.
		await page.evaluate(async () => {
			const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
				window.scrollTo(0, y);
				await frame();
			}
		});
		await page.waitForFunction(
			(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
			last
		);
		await page.waitForLoadState('networkidle');
	});
	afterAll(() => browser?.close());

	for (const { kind, name, size, limit, label } of budgets)
		it(`loads at most ${label}`, () => {
			const paths = [...new Set(requested.map(pathOf))].filter((path) => kindOf(path) === kind);
			// Stylesheets inlined into the HTML arrive with it: they count too.
			const inline = [...built.values()].filter((a) => a.kind === kind && a.inline);
			const files = [...paths.flatMap((path) => built.get(path) ?? []), ...inline].sort((a, b) => b[size] - a[size]);
			const total = files.reduce((sum, a) => sum + a[size], 0);
			const list = files.map((a) => `  ${a.path}  ${format(a[size])}`).join('\n');
			const message = `${route} loads ${format(total)} of ${name}, over its budget of ${label}:\n${list}\n`;
			expect(total, message).toBeLessThanOrEqual(limit);
		});

	it('requests nothing from another origin than 127.0.0.1', () => {
		expect(requested.length).toBeGreaterThan(0);
		const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).hostname !== '127.0.0.1');
		expect(elsewhere, `${route} requested other origins`).toEqual([]);
	});

	it('fetches no script, stylesheet or font that the static reading of the build leaves out', () => {
		const budgeted = new Set<AssetKind>(['js', 'css', 'font']);
		const missed = requested.map(pathOf).filter((path) => budgeted.has(kindOf(path)) && !built.has(path));
		expect(missed, `${route} loaded files the static reading missed`).toEqual([]);
	});
});
