// The story page carries no SvelteKit client: src/site/story-client.ts hydrates the prerendered story view in place
// and keeps the address on the reader's step. These tests hold it to what the router used to do for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, openBrowser } from './harness.ts';

type Browser = Awaited<ReturnType<typeof openBrowser>>;
type Page = Browser['page'];

const story = () => `${baseURL()}/road-to-sirte/`;
const active = (page: Page) => page.getAttribute('[data-active-step]', 'data-active-step');
const waitForStep = (page: Page, id: string) =>
	page.waitForFunction(
		(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
		id
	);

/** Opens `#step-<id>` with the page's load event held back (see holdLoad), once the step is active. */
async function openDeepLinkStillLoading(page: Page, id: string) {
	const release = await holdLoad(page);
	await page.goto(`${story()}#step-${id}`, { waitUntil: 'domcontentloaded' });
	await waitForStep(page, id);
	return release;
}

/**
 * Holds the page's load event back until `release()`: the story's HTML gets one image that the test serves late,
 * as a slow analytics pixel or an embed on a newsroom page would.
 */
async function holdLoad(page: Page) {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/road-to-sirte\/(#.*)?$/, async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace('</body>', '<img src="/slow.gif" alt=""></body>');
		await route.fulfill({ response, body });
	});
	await page.route('**/slow.gif', async (route) => {
		await held;
		await route.fulfill({ status: 204 });
	});
	return release;
}

describe('the story page', () => {
	let browser: Browser;
	beforeAll(async () => (browser = await openBrowser({ width: 390, height: 844 })));
	afterAll(() => browser.close());
	/** Runs `test` in a fresh tab of the shared browser, and closes the tab whatever happens. */
	const inNewPage = async (test: (page: Page) => Promise<void>) => {
		const page = await browser.context.newPage();
		try {
			await test(page);
		} finally {
			await page.close();
		}
	};

	// The view hydrates first, then its islands, the steps and the sticky visual, each in a task of its own (island.ts).
	it('hydrates the prerendered story in place: no element the server sent is thrown away and drawn again', async () => {
		await inNewPage(async (page) => {
			await page.addInitScript(() => {
				const w = window as unknown as { __removed: string[] };
				w.__removed = [];
				new MutationObserver((records) => {
					for (const r of records)
						for (const node of r.removedNodes)
							if (
								node instanceof Element &&
								node.matches('article.story, [data-step], .chapter-title, .masthead, .visual-slot figure')
							)
								w.__removed.push(node.tagName + '.' + node.className);
				}).observe(document, { childList: true, subtree: true });
			});
			const warnings: string[] = [];
			page.on('console', (m) => {
				// The harness blocks the service worker (harness.ts): that refusal is the test's, not the page's.
				if (m.text().includes('blocked by Playwright')) return;
				if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
			});
			await page.goto(story(), { waitUntil: 'networkidle' });
			await page.mouse.wheel(0, 1200);
			// Once hydrated, the islands follow the reader: the steps mark the active one.
			await page.waitForFunction(() => {
				const id = document.querySelector('[data-active-step]')?.getAttribute('data-active-step');
				return id && document.querySelector('[aria-current="step"]')?.id === `step-${id}`;
			});
			expect(await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed)).toEqual([]);
			expect(warnings).toEqual([]);
		});
	});

	it.each([
		{
			what: 'its script cannot be loaded',
			route: '**/entry/story.*.js',
			answer: { status: 404, body: 'gone' },
			error: /story\.[\w-]+\.js/
		},
		{
			what: 'its props are missing from the page',
			route: /\/road-to-sirte\/$/,
			edit: (html: string) =>
				html.replace(/<script type="application\/json" id="story-view-props">[^<]*<\/script>/, ''),
			error: /no #story-view-props script/
		}
	])('reads as an article, every step with its figure, when $what', ({ route, answer, edit, error }) =>
		inNewPage(async (page) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.route(route, async (r) => {
				if (answer) return r.fulfill(answer);
				const response = await r.fetch();
				await r.fulfill({ response, body: edit!(await response.text()) });
			});
			await page.goto(story(), { waitUntil: 'networkidle' });
			await expect.poll(() => errors).toEqual([expect.stringMatching(error)]);
			expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/\bjs\b/);
			const steps = await page.locator('[data-step]').count();
			expect(await page.locator('.step-figure svg[role="img"]').filter({ visible: true }).count()).toBe(
				steps
			);
		})
	);

	it('has every step’s figure in place for print while its script is still on its way', async () => {
		await inNewPage(async (page) => {
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/entry/story.*.js', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(story(), { waitUntil: 'domcontentloaded' });
			expect(await page.locator('.step-figure svg[role="img"]').count()).toBe(0);
			// What the browser does when the reader prints (emulateMedia does not send it).
			await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
			await page.emulateMedia({ media: 'print' });
			const steps = await page.locator('[data-step]').count();
			expect(await page.locator('.step-figure svg[role="img"]').filter({ visible: true }).count()).toBe(
				steps
			);
			release();
		});
	});

	it('loads only the story’s script and the chunks it imports, not SvelteKit’s router', async () => {
		await inNewPage(async (page) => {
			const scripts: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
			});
			await page.goto(story(), { waitUntil: 'networkidle' });
			expect(scripts.filter((s) => s.includes('/entry/'))).toEqual([
				expect.stringMatching(/^\/_app\/immutable\/entry\/story\.[\w-]+\.js$/)
			]);
			expect(scripts.filter((s) => /\/nodes\//.test(s))).toEqual([]);
			expect(
				await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__sveltekit')))
			).toEqual([]);
		});
	});

	it('writes the reader’s step into the address, and takes it out above the first step', async () => {
		await inNewPage(async (page) => {
			await page.goto(story(), { waitUntil: 'networkidle' });
			await page.mouse.wheel(0, 3000);
			await page.waitForFunction(() =>
				document.querySelector('[data-active-step]')?.getAttribute('data-active-step')
			);
			const id = await active(page);
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#step-${id}`);
			const entries = await page.evaluate(() => history.length);
			await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
			await expect.poll(() => page.evaluate(() => location.href)).toBe(story());
			// Replaced, never pushed: Back leaves the story instead of walking through its steps.
			expect(await page.evaluate(() => history.length)).toBe(entries);
		});
	});

	it('lands on a deep link’s step and stays there, address and all, while the page is still loading', async () => {
		await inNewPage(async (page) => {
			const release = await openDeepLinkStillLoading(page, 'al-baghla');
			// The browser's own jump to the fragment (the step's top at the top) would make another step active.
			await page.waitForTimeout(500);
			expect(await active(page)).toBe('al-baghla');
			expect(await page.evaluate(() => location.hash)).toBe('#step-al-baghla');
			release();
			await page.waitForLoadState('load');
			await page.waitForTimeout(300);
			expect(await active(page)).toBe('al-baghla');
		});
	});

	it('leaves a reader who scrolled on from a deep link where they are when the page finishes loading', async () => {
		await inNewPage(async (page) => {
			const release = await openDeepLinkStillLoading(page, 'al-baghla');
			await page.mouse.move(200, 300);
			await page.mouse.wheel(0, 1500);
			await expect.poll(() => active(page)).not.toBe('al-baghla');
			const reading = await active(page);
			const y = await page.evaluate(() => scrollY);
			release();
			await page.waitForLoadState('load');
			await page.waitForTimeout(300);
			expect(await page.evaluate(() => scrollY)).toBe(y);
			expect(await active(page)).toBe(reading);
		});
	});
});
