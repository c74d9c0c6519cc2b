// The embed builder in Chromium: its form updates the snippets and the previews, the previews take the height their
// own embed posts, the copy buttons copy (or select the text when the clipboard refuses), and it is accessible and
// fits a phone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE, axeViolations, baseURL, openBrowser } from './harness.ts';
import { STORIES } from '../stories.ts';

const KEYS = ['pym', 'loader', 'iframe', 'oembed', 'amp'];
const snippets = (page: Page) =>
	page.$$eval('textarea[id^="snippet-"]', (els) =>
		Object.fromEntries(els.map((el) => [el.id.slice(8), (el as HTMLTextAreaElement).value]))
	);
const previews = (page: Page) =>
	page.$$eval('.preview iframe', (els) =>
		els.map(
			(el) => new URL((el as HTMLIFrameElement).src).pathname + new URL((el as HTMLIFrameElement).src).search
		)
	);
/** Opens the builder and waits until its script runs (it frames the previews then). */
const open = async (page: Page, query = '') => {
	await page.goto(`${baseURL()}/embed/${query}`);
	await page.waitForSelector('.preview iframe');
};

const first = STORIES[0]!;
const last = STORIES.at(-1)!;
const chapter = last.chapters.at(-1)!;

describe('the embed builder at 1280 px', () => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	let page: Page;

	beforeAll(async () => {
		browser = await openBrowser({ width: 1280, height: 800 });
		page = browser.page;
	});
	afterAll(() => browser?.close());

	it('starts at the first story’s first chapter, previewed at 320, 600 and 1000 px', async () => {
		await open(page);
		const src = `/embed/${first.slug}/${first.chapters[0]!.id}/`;
		expect(await previews(page)).toEqual([src, src, src]);
		expect(await page.$$eval('.preview iframe', (els) => els.map((el) => el.getAttribute('width')))).toEqual([
			'320',
			'600',
			'1000'
		]);
		expect(Object.keys(await snippets(page)).sort()).toEqual([...KEYS].sort());
	});

	it('choosing a story and chapter updates every snippet and every preview', async () => {
		await open(page);
		await page.selectOption('#embed-story', last.slug);
		await page.selectOption('#embed-chapter', chapter.id);
		const src = `/embed/${last.slug}/${chapter.id}/`;
		await page.waitForFunction(
			(want) => document.querySelector('.preview iframe')?.getAttribute('src') === want,
			src
		);
		expect(await previews(page)).toEqual([src, src, src]);
		const s = await snippets(page);
		for (const key of ['pym', 'loader', 'iframe', 'amp']) expect(s[key], key).toContain(`${src}"`);
		expect(s.oembed).toMatch(new RegExp(`/oembed/${last.slug}/${chapter.id}\\.json$`));
		expect(s.iframe).toContain(`title="${chapter.title} — ${last.title}"`.replace(/&/g, '&amp;'));
	});

	it('choosing the scroll mode, a theme and a range of steps puts them in the URLs, and tracks scroll in pym', async () => {
		await open(page);
		const steps = first.chapters[0]!.steps.map((s) => s.id);
		await page.selectOption('#embed-mode', 'scroll');
		await page.selectOption('#embed-theme', 'dark');
		const query = `?mode=scroll&theme=dark`;
		expect(await previews(page)).toEqual(
			Array(3).fill(`/embed/${first.slug}/${first.chapters[0]!.id}/${query}`)
		);
		expect((await snippets(page)).pym).toContain(' data-pym-trackscroll>');
		if (steps.length > 2) {
			await page.selectOption('#embed-to', '1');
			await page.selectOption('#embed-from', '2');
			// The range stays in order: moving its start past its end moves the end too, to the last step.
			expect(await page.inputValue('#embed-to')).toBe('2');
			const range = steps.length > 3 ? `&from=${steps[2]}&to=${steps[2]}` : `&from=${steps[2]}`;
			expect((await previews(page))[0]).toBe(
				`/embed/${first.slug}/${first.chapters[0]!.id}/${query}${range}`
			);
			expect((await snippets(page)).iframe).toContain(`${query}${range}`.replace(/&/g, '&amp;'));
		}
		await page.selectOption('#embed-mode', 'stepper');
		expect((await snippets(page)).pym).not.toContain('data-pym-trackscroll');
	});

	it('opens at the story the story page names in its link', async () => {
		await open(page, `?story=${last.slug}`);
		expect(await page.inputValue('#embed-story')).toBe(last.slug);
		expect(await page.inputValue('#embed-chapter')).toBe(last.chapters[0]!.id);
		expect((await previews(page))[0]).toBe(`/embed/${last.slug}/${last.chapters[0]!.id}/`);
	});

	it('sizes each preview by the height its own embed posts, and ignores other windows', async () => {
		// Each stand-in embed posts AMP's embed-size message with a height of its own: its width + 100.
		await page.route(/\/embed\/[^/]+\/[^/]+\//, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><title>embed</title><script>
					parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: innerWidth + 100.4 }, '*');
				</script>`
			})
		);
		try {
			await open(page);
			await page.waitForFunction(() =>
				[...document.querySelectorAll('.preview iframe')].every(
					(f) => f.getAttribute('height') === String((f as HTMLIFrameElement).clientWidth + 100)
				)
			);
			// The page itself posting the same message changes nothing.
			const before = await page.$$eval('.preview iframe', (els) =>
				els.map((el) => el.getAttribute('height'))
			);
			await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*'));
			await page.waitForTimeout(200);
			expect(
				await page.$$eval('.preview iframe', (els) => els.map((el) => el.getAttribute('height')))
			).toEqual(before);
		} finally {
			await page.unroute(/\/embed\/[^/]+\/[^/]+\//);
		}
	});

	it('copies each snippet to the clipboard', async () => {
		await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
		await open(page);
		const s = await snippets(page);
		for (const key of KEYS) {
			await page.click(`#snippet-${key} ~ .actions button`);
			await page.waitForFunction(
				(k) => document.querySelector(`#snippet-${k} ~ .actions [role="status"]`)?.textContent === 'Copied',
				key
			);
			expect(await page.evaluate(() => navigator.clipboard.readText()), key).toBe(s[key]);
		}
	});

	it('selects the snippet for the reader’s own copy keys when the clipboard refuses', async () => {
		await open(page);
		await page.evaluate(() =>
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) }
			})
		);
		await page.click('#snippet-amp ~ .actions button');
		await page.waitForFunction(
			() => document.querySelector('#snippet-amp ~ .actions [role="status"]')?.textContent !== ''
		);
		expect(await page.textContent('#snippet-amp ~ .actions [role="status"]')).toMatch(
			/^Selected: press Ctrl\+C/
		);
		const selection = await page.evaluate(() => {
			const el = document.activeElement as HTMLTextAreaElement;
			return { id: el.id, start: el.selectionStart, end: el.selectionEnd, length: el.value.length };
		});
		expect(selection).toEqual({
			id: 'snippet-amp',
			start: 0,
			end: selection.length,
			length: selection.length
		});
	});

	it('shows where the keyboard is', async () => {
		await open(page);
		await page.focus('#embed-story');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('embed-chapter');
		expect(await page.$eval('#embed-chapter', (el) => getComputedStyle(el).outlineStyle)).toBe('solid');
	});
});

describe.each([
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 }
])('the embed builder at $width px', (viewport) => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;

	beforeAll(async () => {
		browser = await openBrowser(viewport);
		// As the browser's own script: the page's security policy refuses an inline <script> it did not hash.
		await browser.page.addInitScript({ content: AXE });
		await open(browser.page);
	});
	afterAll(() => browser?.close());

	it('has no WCAG 2.2 A/AA violation (the previews’ pages are tested as embeds)', async () => {
		const { page } = browser;
		const violations = await axeViolations(page, { iframes: false });
		expect(violations).toEqual([]);
	});

	it('fits the screen: nothing but the wide previews’ own boxes scrolls sideways', async () => {
		const { page } = browser;
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);
	});
});
