// The embed builder (/embed/), read from the build: what it shows before its script runs, that every story page
// links to it, that its loader snippet carries the built loader's integrity, and its JavaScript budget. How it
// behaves in a browser is tests/browser/embed-builder.test.ts.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAssets, type Asset } from '../../scripts/bench/route-assets.js';
import { embedHeight } from '../../src/site/embed-height.server.ts';
import { embedSnippets } from '../../src/site/embed-snippets.ts';
import { LOADER_INTEGRITY } from '../../src/site/embed-loader.server.ts';
import { siteOrigin } from '../../src/site/site-origin.server.ts';
import { baseURL, openBrowser } from '../browser/harness.ts';
import { STORIES } from '../stories.ts';

const kB = 1000;
/**
 * The builder's JavaScript, brotli: SvelteKit's client (router, app entry: about 17 kB, src/routes/+layout.ts), the
 * Svelte runtime, and the form, previews and snippet writers. 36.6 kB when it was written. The story page's own limit: room
 * for small changes, none for a heavy dependency.
 */
const JS_BUDGET = 45 * kB;

const html = () => readFileSync('build/embed/index.html', 'utf8');
const decode = (text: string) =>
	text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The text of the textarea `id` in the prerendered page. */
const textarea = (id: string) => {
	const match = new RegExp(`<textarea[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html());
	return match ? decode(match[1]!) : undefined;
};

describe('the prerendered builder', () => {
	it('shows the five snippets of the first story’s first chapter before its script runs', () => {
		const story = STORIES[0]!;
		const chapter = story.chapters[0]!;
		const expected = embedSnippets({
			origin: siteOrigin(),
			story: story.slug,
			chapter: chapter.id,
			title: `${chapter.title} — ${story.title}`,
			theme: 'auto',
			mode: 'stepper',
			height: embedHeight(process.cwd(), story.slug, chapter),
			loaderIntegrity: LOADER_INTEGRITY
		});
		for (const [key, text] of Object.entries(expected)) expect(textarea(`snippet-${key}`), key).toBe(text);
	});

	it('labels each snippet, and links back to the stories', () => {
		for (const key of ['pym', 'loader', 'iframe', 'oembed', 'amp']) expect(html()).toContain(`<label for="snippet-${key}"`);
		expect(html()).toMatch(/<a href="(\.\.\/|\/|\.\/\.\.\/)"[^>]*>All stories<\/a>/);
	});

	it('is linked from every story page, which names its story', () => {
		for (const story of STORIES) {
			const page = readFileSync(`build/${story.slug}/index.html`, 'utf8');
			expect(page, story.slug).toMatch(new RegExp(`<a href="[^"]*embed/\\?story=${story.slug}">Embed a chapter</a>`));
		}
	});

	it('signs the loader snippet with the integrity of the built loader', () => {
		// The snippet pins the loader the build serves.
		expect(existsSync('build/embed/v1/loader.js'), 'build/embed/v1/loader.js is not built').toBe(true);
		const integrity = /\sintegrity="([^"]*)"/.exec(textarea('snippet-loader') ?? '')?.[1];
		expect(integrity, 'the loader snippet has no integrity').toMatch(/^sha(256|384|512)-[A-Za-z0-9+/]+=*$/);
		const [algorithm, digest] = integrity!.split('-');
		const built = createHash(algorithm!).update(readFileSync('build/embed/v1/loader.js')).digest('base64');
		expect(digest).toBe(built);
	});
});

describe('the builder’s JavaScript in Chromium', () => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	const scripts: string[] = [];
	const elsewhere: string[] = [];
	const built = new Map(routeAssets('build', '/embed/').assets.map((a: Asset) => [a.path, a]));

	beforeAll(async () => {
		browser = await openBrowser({ width: 1280, height: 800 });
		const { page } = browser;
		// The page's own requests: the previews' frames load the embed pages, which have budgets of their own.
		page.on('request', (request) => {
			if (request.frame() !== page.mainFrame()) return;
			const url = new URL(request.url());
			if (url.hostname !== '127.0.0.1') elsewhere.push(url.href);
			else if (url.pathname.endsWith('.js')) scripts.push(decodeURIComponent(url.pathname).slice(1));
		});
		await page.goto(`${baseURL()}/embed/`, { waitUntil: 'networkidle' });
	});
	afterAll(() => browser?.close());

	it(`loads at most ${JS_BUDGET / kB} kB of JavaScript, brotli`, () => {
		const files = [...new Set(scripts)].map((path) => built.get(path) ?? { path, br: Infinity });
		const total = files.reduce((sum, a) => sum + a.br, 0);
		const list = files.map((a) => `  ${a.path}  ${(a.br / kB).toFixed(1)} kB`).join('\n');
		expect(files.length).toBeGreaterThan(0);
		expect(total, `the builder loads ${(total / kB).toFixed(1)} kB of JavaScript:\n${list}\n`).toBeLessThanOrEqual(
			JS_BUDGET
		);
	});

	it('requests nothing from another origin (pym and AMP are only named in snippets)', () => {
		expect(elsewhere).toEqual([]);
	});
});
