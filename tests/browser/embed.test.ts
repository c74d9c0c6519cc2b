// The embed page as newsrooms' hosts meet it, in real Chromium: host pages served from another port, sized by the
// real pym.js 1.3.2 parent, by an AMP-like and a WordPress-like host, and by our own loader; hostile frames beside it;
// the stepper's keys and buttons; the scroll mode following the host's scroll; axe at every step.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES } from '../stories.ts';
import { AXE, axeViolations, baseURL, openBrowser } from './harness.ts';
import { filler, startHosts } from './hosts.ts';

let hosts: Awaited<ReturnType<typeof startHosts>>;
beforeAll(async () => (hosts = await startHosts()));
afterAll(() => hosts.close());

const CHAPTERS = STORIES.flatMap((story) =>
	story.chapters.map((c) => ({ story: story.slug, chapter: c.id, steps: c.steps.map((s) => s.id) }))
);
// The sizing, message and mode tests run on each story's first chapter; axe runs on every chapter.
const FIRSTS = STORIES.map((story) => CHAPTERS.find((c) => c.story === story.slug)!);
const embedURL = (c: { story: string; chapter: string }, query = '') =>
	`${baseURL()}/embed/${c.story}/${c.chapter}/${query}`;

/** The embed's frame in the host page, once its story has drawn (`drawn`: the selector that says so). */
async function embedFrame(
	page: Page,
	drawn = '[data-active-step]:not([data-active-step=""])'
): Promise<Frame> {
	const handle = await page.waitForSelector('iframe');
	const frame = (await handle.contentFrame())!;
	await frame.waitForSelector(drawn);
	return frame;
}
const frameHeight = (page: Page) =>
	page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const activeIn = (frame: Frame) => frame.getAttribute('[data-active-step]', 'data-active-step');

describe.each(FIRSTS)('the embed of $story/$chapter', (chapter) => {
	it('is sized by a pym.js 1.3.2 parent to its content ±1 px within 2 s, and follows the host’s width', async () => {
		const browser = await openBrowser({ width: 1100, height: 800 });
		try {
			const { page } = browser;
			const url = hosts.page(
				'/pym',
				`<div id="wrap"><div id="embed"></div></div><script src="/pym.js"></script>
<script>window.parent_ = new pym.Parent('embed', ${JSON.stringify(embedURL(chapter))}, { xdomain: '127\\\\.0\\\\.0\\\\.1:${new URL(baseURL()).port}' });</script>`
			);
			await page.goto(url);
			const frame = await embedFrame(page);
			const misfit = async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)));
			await expect.poll(misfit, { timeout: 2000, interval: 50 }).toBeLessThanOrEqual(1);
			for (const width of [320, 1000]) {
				await page.evaluate((w) => (document.getElementById('wrap')!.style.maxWidth = `${w}px`), width);
				await expect.poll(misfit, { timeout: 500, interval: 25 }).toBeLessThanOrEqual(1);
			}
		} finally {
			await browser.close();
		}
	});

	it('is sized by an AMP-like host (embed-size) and a WordPress-like host (secret, clamped to 200–1000 px)', async () => {
		const browser = await openBrowser({ width: 800, height: 800 });
		try {
			const { page } = browser;
			const amp = hosts.page(
				'/amp',
				`<iframe src=${JSON.stringify(embedURL(chapter))} style="width:100%;border:0" height="150" title="embed"></iframe>
<script>addEventListener('message', (e) => {
	const f = document.querySelector('iframe');
	if (e.source === f.contentWindow && e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size')
		f.height = e.data.height;
});</script>`
			);
			await page.goto(amp);
			let frame = await embedFrame(page);
			await expect
				.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), {
					timeout: 2000
				})
				.toBeLessThanOrEqual(1);

			const wordpress = hosts.page(
				'/wordpress',
				`<iframe src=${JSON.stringify(embedURL(chapter, '?mode=scroll#?secret=abc123XYZ0'))} style="width:100%;border:0" height="150" title="embed"></iframe>
<script>addEventListener('message', (e) => {
	const f = document.querySelector('iframe');
	if (e.source !== f.contentWindow || !e.data || e.data.secret !== 'abc123XYZ0' || e.data.message !== 'height') return;
	f.height = Math.min(1000, Math.max(200, e.data.value));
});</script>`
			);
			await page.goto(wordpress);
			frame = await embedFrame(page);
			// Under WordPress the chapter cannot be page-tall: it is a stepper, and fits.
			expect(await frame.locator('.stepper').count()).toBe(1);
			// WordPress's own clamp: a stepper taller than 1000 px scrolls inside its frame.
			const clamped = async () => Math.min(1000, Math.max(200, await contentHeight(frame)));
			await expect
				.poll(async () => Math.abs((await frameHeight(page)) - (await clamped())), { timeout: 2000 })
				.toBeLessThanOrEqual(1);
		} finally {
			await browser.close();
		}
	});

	it('ignores hostile frames: navigateTo, a height of 5 and garbage move neither the host nor the embed', async () => {
		const browser = await openBrowser({ width: 1000, height: 800 });
		try {
			const { page } = browser;
			const hostile = hosts.page(
				'/sibling',
				`<script>
const id = new URLSearchParams(location.search).get('id');
const junk = ['pymxPYMx' + id + 'xPYMxnavigateToxPYMxhttps://example.com/', 'pymxPYMx' + id + 'xPYMxheightxPYMx5',
	'garbage', {}, null, 42, { sentinel: 'amp', type: 'embed-size', height: 5 }, { type: 'scrolly:step', step: 'x' },
	'pymxPYMx' + id + 'xPYMxviewport-iframe-positionxPYMx1 1 -99999 0 1 1', 'pymxPYMx' + id + 'xPYMxwidthxPYMx1'];
setInterval(() => {
	for (const m of junk) {
		parent.postMessage(m, '*');
		for (let i = 0; i < parent.frames.length; i++) if (parent.frames[i] !== window) parent.frames[i].postMessage(m, '*');
	}
}, 50);
</script>`
			);
			const url = hosts.page(
				'/hostile',
				`<div id="wrap"><div id="embed"></div></div><iframe src="${hostile}?id=embed" title="ad"></iframe>
<script src="/pym.js"></script>
<script>new pym.Parent('embed', ${JSON.stringify(embedURL(chapter))}, { xdomain: '127\\\\.0\\\\.0\\\\.1:${new URL(baseURL()).port}' });</script>`
			);
			await page.goto(url);
			const frame = await embedFrame(page);
			await expect
				.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
				.toBeLessThanOrEqual(1);
			const before = { height: await frameHeight(page), step: await activeIn(frame) };
			await page.waitForTimeout(1000);
			expect(page.url()).toBe(url);
			expect(await frameHeight(page)).toBe(before.height);
			expect(await activeIn(frame)).toBe(before.step);
			expect(await frame.evaluate(() => location.pathname)).toBe(new URL(embedURL(chapter)).pathname);
		} finally {
			await browser.close();
		}
	});

	it('moves exactly one step per key and button, and tells the host each step, in order', async () => {
		const browser = await openBrowser({ width: 800, height: 900 });
		try {
			const { page } = browser;
			const url = hosts.page(
				'/events',
				`<iframe src=${JSON.stringify(embedURL(chapter))} style="width:100%;height:800px;border:0" title="embed"></iframe>
<script>window.events = []; addEventListener('message', (e) => {
	if (e.source === document.querySelector('iframe').contentWindow && e.data && e.data.type === 'scrolly:step') events.push(e.data);
});</script>`
			);
			await page.goto(url);
			const frame = await embedFrame(page);
			const n = chapter.steps.length;
			expect(await activeIn(frame)).toBe(chapter.steps[0]);
			// A reader clicks into the frame, anywhere: the keys are the story's.
			await frame.locator('.chapter').click();
			for (let i = 1; i < n; i++) {
				await page.keyboard.press('ArrowRight');
				expect(await activeIn(frame)).toBe(chapter.steps[i]);
			}
			await page.keyboard.press('ArrowRight');
			expect(await activeIn(frame)).toBe(chapter.steps[n - 1]);
			await frame.getByRole('button', { name: 'Previous' }).click();
			expect(await activeIn(frame)).toBe(chapter.steps[n - 2]);
			await frame.getByRole('button', { name: 'Next' }).click();
			expect(await activeIn(frame)).toBe(chapter.steps[n - 1]);
			const expected = [...chapter.steps, chapter.steps[n - 2], chapter.steps[n - 1]].map((step) => ({
				type: 'scrolly:step',
				story: chapter.story,
				chapter: chapter.chapter,
				step,
				index: chapter.steps.indexOf(step!),
				count: n
			}));
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { events: unknown[] }).events))
				.toEqual(expected);
		} finally {
			await browser.close();
		}
	});

	it.each([
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	])(
		'scrolls with the host (pym trackscroll) at $width×$height: every step in order, its visual in view',
		async (viewport) => {
			const browser = await openBrowser(viewport);
			try {
				const { page } = browser;
				const url = hosts.page(
					'/scroll',
					`<div id="wrap">${filler(3)}<div id="embed"></div>${filler(6)}</div><script src="/pym.js"></script>
<script>new pym.Parent('embed', ${JSON.stringify(embedURL(chapter, '?mode=scroll'))}, { trackscroll: true, scrollwait: 0 });</script>`
				);
				await page.goto(url);
				const frame = await embedFrame(page, '.scroll');
				// As tall as the chapter: far taller than the host's viewport.
				await expect
					.poll(() => frameHeight(page))
					.toBeGreaterThan(viewport.height * chapter.steps.length * 0.5);
				const seen: string[] = [];
				const outOfView: string[] = [];
				await page.mouse.move(viewport.width / 2, viewport.height / 2);
				for (let y = 0; y < 200 && seen.at(-1) !== chapter.steps.at(-1); y++) {
					await page.mouse.wheel(0, 120);
					await page.waitForTimeout(60);
					const step = await activeIn(frame);
					if (step && step !== seen.at(-1)) {
						seen.push(step);
						const box = await frame.evaluate(() => {
							const r = document.querySelector('.scroll .graphic')!.getBoundingClientRect();
							return { top: r.top, bottom: r.bottom };
						});
						const frameTop = await page.evaluate(
							() => document.querySelector('iframe')!.getBoundingClientRect().top
						);
						const [top, bottom] = [frameTop + box.top, frameTop + box.bottom];
						if (top < -2 || bottom > viewport.height + 2)
							outOfView.push(`${step}: ${Math.round(top)}–${Math.round(bottom)}`);
					}
				}
				expect(seen).toEqual(chapter.steps);
				expect(outOfView).toEqual([]);
			} finally {
				await browser.close();
			}
		}
	);
});

describe('every embed', () => {
	it('has no WCAG 2.2 A/AA violation at any step of any chapter, light and dark', async () => {
		const browser = await openBrowser({ width: 375, height: 700 });
		try {
			const { page } = browser;
			// As the browser's own script: the page's security policy refuses an inline <script> it did not hash.
			await page.addInitScript({ content: AXE });
			const problems: string[] = [];
			for (const chapter of CHAPTERS)
				for (const theme of ['light', 'dark']) {
					await page.goto(embedURL(chapter, `?theme=${theme}`));
					for (const [i, id] of chapter.steps.entries()) {
						if (i > 0) await page.getByRole('button', { name: 'Next' }).click();
						await page.waitForSelector(`[data-active-step="${id}"]`);
						const violations = await axeViolations(page);
						problems.push(
							...violations.map((v) => `${chapter.story}/${chapter.chapter} ${theme} ${id}: ${v}`)
						);
					}
				}
			expect(problems).toEqual([]);
		} finally {
			await browser.close();
		}
	});

	it('never sizes itself by its own frame’s height', async () => {
		const browser = await openBrowser({ width: 375, height: 300 });
		try {
			const { page } = browser;
			const heights: Record<string, number[]> = {};
			for (const mode of ['stepper', 'article'])
				for (const height of [300, 900]) {
					await page.setViewportSize({ width: 375, height });
					await page.goto(embedURL(FIRSTS[0]!, `?mode=${mode}`), { waitUntil: 'networkidle' });
					await page.waitForSelector('[data-active-step]');
					(heights[mode] ??= []).push(
						await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))
					);
				}
			expect(heights.stepper![0]).toBe(heights.stepper![1]);
			expect(heights.article![0]).toBe(heights.article![1]);
		} finally {
			await browser.close();
		}
	});

	it('moves one step per sideways swipe, and none for a vertical one', async () => {
		const browser = await openBrowser({ width: 390, height: 844 });
		try {
			const { page } = browser;
			const chapter = FIRSTS[0]!;
			await page.goto(embedURL(chapter), { waitUntil: 'networkidle' });
			await page.waitForSelector(`[data-active-step="${chapter.steps[0]}"]`);
			const swipe = (dx: number, dy: number) =>
				page.evaluate(
					([dx, dy]) => {
						const target = document.querySelector('.stepper .graphic')!;
						const at = (type: string, x: number, y: number) =>
							target.dispatchEvent(
								new PointerEvent(type, {
									pointerType: 'touch',
									pointerId: 7,
									clientX: x,
									clientY: y,
									bubbles: true
								})
							);
						at('pointerdown', 200, 300);
						at('pointerup', 200 + dx!, 300 + dy!);
					},
					[dx, dy]
				);
			await swipe(-120, 10);
			expect(await page.getAttribute('[data-active-step]', 'data-active-step')).toBe(chapter.steps[1]);
			await swipe(0, -200);
			expect(await page.getAttribute('[data-active-step]', 'data-active-step')).toBe(chapter.steps[1]);
			await swipe(120, 0);
			expect(await page.getAttribute('[data-active-step]', 'data-active-step')).toBe(chapter.steps[0]);
		} finally {
			await browser.close();
		}
	});

	it('shows the whole chapter with a notice when from/to names no step, and a range when they do', async () => {
		const browser = await openBrowser({ width: 800, height: 800 });
		try {
			const { page } = browser;
			const chapter = FIRSTS[0]!;
			await page.goto(embedURL(chapter, '?from=no-such-step'), { waitUntil: 'networkidle' });
			await expect.poll(() => page.locator('[role="status"].notice').textContent()).toContain('no-such-step');
			expect(await page.locator('[data-step]').count()).toBe(chapter.steps.length);
			const [from, to] = [chapter.steps[1]!, chapter.steps[2]!];
			await page.goto(embedURL(chapter, `?from=${from}&to=${to}`), { waitUntil: 'networkidle' });
			await page.waitForSelector(`[data-active-step="${from}"]`);
			expect(await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id))).toEqual([
				`step-${from}`,
				`step-${to}`
			]);
		} finally {
			await browser.close();
		}
	});

	it('opens every link in a new tab with rel="noopener", pointing into the whole story', async () => {
		const browser = await openBrowser({ width: 800, height: 800 });
		try {
			const { page } = browser;
			await page.goto(embedURL(FIRSTS[0]!), { waitUntil: 'networkidle' });
			await page.waitForSelector('[data-active-step]:not([data-active-step=""])');
			const links = await page.locator('a[href]').evaluateAll((as) =>
				as.map((a) => ({
					href: a.getAttribute('href')!,
					target: a.getAttribute('target'),
					rel: a.getAttribute('rel')
				}))
			);
			expect(links.length).toBeGreaterThan(2);
			for (const link of links) {
				expect(link, link.href).toMatchObject({ target: '_blank', rel: 'noopener' });
				expect(link.href.startsWith('#'), link.href).toBe(false);
			}
		} finally {
			await browser.close();
		}
	});
});
