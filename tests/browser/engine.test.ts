import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	active,
	baseURL,
	canonicalSvgs,
	jumpTo,
	openBrowser,
	reach,
	recordActiveSteps,
	stepIds,
	visits,
	visualSvg,
	wheelTo
} from './harness.ts';

type Browser = Awaited<ReturnType<typeof openBrowser>>;
type Page = Browser['page'];

/**
 * The engine's own behaviour is the same for every story, so these tests run on one, whose steps some of them name.
 * What must hold for each story (every step's deep link, no-JS, print, axe) is in each-story.test.ts.
 */
const story = () => `${baseURL()}/road-to-sirte/`;
/**
 * Opens the story in a fresh browser in the scroll layout, whatever the reader's motion preference (`prepare` runs
 * before the page loads), runs `check`, and closes the browser.
 */
const inScrollLayout = async (
	check: (page: Page) => Promise<void>,
	prepare?: (page: Page) => Promise<void>
) => {
	const browser = await openBrowser();
	try {
		const { page } = browser;
		await prepare?.(page);
		await page.addInitScript(() => localStorage.setItem('scrolly-layout', 'scroll'));
		await page.goto(story(), { waitUntil: 'networkidle' });
		await check(page);
	} finally {
		await browser.close();
	}
};

describe('the visual is a function of the step', () => {
	let browser: Browser;
	beforeAll(async () => (browser = await openBrowser()));
	afterAll(() => browser.close());

	it('draws the same SVG after one jump from the first step to the last and back as on a direct load', async () => {
		const { page } = browser;
		await page.goto(story(), { waitUntil: 'networkidle' });
		const ids = await stepIds(page);
		const [first, last] = [ids[0]!, ids[ids.length - 1]!];
		await jumpTo(page, first);
		await page.waitForFunction(
			(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
			first
		);
		await jumpTo(page, last);
		await page.waitForFunction(
			(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
			last
		);
		const lastAfterJump = await visualSvg(page);
		await jumpTo(page, first);
		await page.waitForFunction(
			(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
			first
		);
		const firstAfterJump = await visualSvg(page);

		for (const [id, svg] of [
			[last, lastAfterJump],
			[first, firstAfterJump]
		] as const) {
			await page.goto('about:blank');
			await page.goto(`${story()}#step-${id}`, { waitUntil: 'networkidle' });
			await page.waitForFunction(
				(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
				id
			);
			expect(await visualSvg(page), id).toBe(svg);
		}
	});
});

describe('rotation and zoom', () => {
	it('keeps the same step active through 390×844 → 844×390 → 390×844, with the visual in view', async () => {
		const browser = await openBrowser({ width: 390, height: 844 });
		try {
			const { page } = browser;
			await page.goto(story(), { waitUntil: 'networkidle' });
			const ids = await stepIds(page);
			const middle = ids[Math.floor(ids.length / 2)]!;
			await jumpTo(page, middle);
			await page.waitForFunction(
				(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
				middle
			);
			for (const size of [
				{ width: 844, height: 390 },
				{ width: 390, height: 844 }
			]) {
				await page.setViewportSize(size);
				await page.waitForTimeout(400);
				// On a busy machine the relayout after a resize can take longer: give it up to two more seconds.
				await page
					.waitForFunction(
						(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
						middle,
						{ timeout: 2000 }
					)
					.catch(() => undefined);
				expect(await active(page), `${size.width}×${size.height}`).toBe(middle);
				const box = (await page.locator('.visual-slot .layer:not(.hidden) svg').boundingBox())!;
				expect(box.y).toBeGreaterThanOrEqual(0);
				expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1);
				expect(box.x + box.width).toBeLessThanOrEqual(size.width + 1);
			}
			// scrollama adds a document scroll listener at every setup and never removes it: the tracker sets it up once.
			const cdp = await browser.context.newCDPSession(page);
			const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
			const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
			expect(listeners.filter((l) => l.type === 'scroll')).toHaveLength(1);
		} finally {
			await browser.close();
		}
	});

	// Browser zoom changes the CSS-pixel viewport and the device pixel ratio together.
	it.each([
		// Wheel notches stay shorter than the gap between two steps' midpoints (70svh and more at 50%).
		{ zoom: '50%', viewport: { width: 2560, height: 1600 }, scale: 0.5, notch: 600 },
		{ zoom: '200%', viewport: { width: 640, height: 400 }, scale: 2, notch: 300 }
	])('activates every step once in a scripted pass at $zoom zoom', async ({ viewport, scale, notch }) => {
		const browser = await openBrowser(viewport, { deviceScaleFactor: scale });
		try {
			const { page } = browser;
			await page.goto(story(), { waitUntil: 'networkidle' });
			const ids = await stepIds(page);
			const read = await recordActiveSteps(page);
			await page.mouse.move(viewport.width / 2, viewport.height / 2);
			await wheelTo(page, 'bottom', notch);
			expect(visits(await read())).toEqual(['', ...ids]);
		} finally {
			await browser.close();
		}
	});
});

describe('keyboard', () => {
	it('moves to the next and previous step with j and k, through the scroll owner', async () => {
		const browser = await openBrowser();
		try {
			const { page } = browser;
			await page.goto(story(), { waitUntil: 'networkidle' });
			const ids = await stepIds(page);
			for (const id of ids.slice(0, 3)) {
				await page.keyboard.press('j');
				await page.waitForFunction(
					(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
					id
				);
			}
			await page.keyboard.press('k');
			await page.waitForFunction(
				(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
				ids[1]!
			);
		} finally {
			await browser.close();
		}
	});
});

describe('back/forward cache', () => {
	it('keeps the step when the reader goes to another page and comes back', async () => {
		const browser = await openBrowser();
		try {
			const { page } = browser;
			await page.goto(story(), { waitUntil: 'networkidle' });
			const ids = await stepIds(page);
			const target = ids[5]!;
			await jumpTo(page, target);
			await page.waitForFunction(
				(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
				target
			);
			await page.waitForTimeout(500);
			await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
			await page.goBack({ waitUntil: 'networkidle' });
			await page.waitForTimeout(300);
			expect(await active(page)).toBe(target);
		} finally {
			await browser.close();
		}
	});
});

describe('focus and server rendering', () => {
	it('never hides the focused control under the sticky visual on a phone', async () => {
		const browser = await openBrowser({ width: 390, height: 844 });
		try {
			const { page } = browser;
			await page.goto(story(), { waitUntil: 'networkidle' });
			const hidden: string[] = [];
			for (let i = 0; i < 60; i++) {
				await page.keyboard.press('Tab');
				const where = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					const graphic = document.querySelector('.graphic');
					if (!el || !graphic || graphic.contains(el) || !el.closest('[data-step]')) return null;
					const r = el.getBoundingClientRect();
					return {
						id: el.closest('[data-step]')!.id,
						top: r.top,
						below: graphic.getBoundingClientRect().bottom
					};
				});
				if (where && where.top < where.below - 1)
					hidden.push(`${where.id}: top ${where.top} < ${where.below}`);
			}
			expect(hidden).toEqual([]);
		} finally {
			await browser.close();
		}
	});

	it('draws in the browser exactly the SVG the server prerendered for the same step', async () => {
		const first = async (javaScriptEnabled: boolean) => {
			const browser = await openBrowser({ width: 1280, height: 800 }, { javaScriptEnabled });
			try {
				const { page } = browser;
				await page.goto(story(), { waitUntil: javaScriptEnabled ? 'networkidle' : 'load' });
				// With JavaScript, the static figures are created anew in the browser by switching to the article layout.
				if (javaScriptEnabled) await page.getByRole('button', { name: 'Read as article' }).click();
				await page.waitForSelector('.step-figure svg');
				return (await canonicalSvgs(page, '.step-figure svg')).slice(0, 12);
			} finally {
				await browser.close();
			}
		};
		const server = await first(false);
		const client = await first(true);
		expect(server.length).toBe(12);
		expect(client).toEqual(server);
	});
});

describe('motion', () => {
	it('uncovers the progress line from the old date to the new when a step moves the date forward', async () => {
		await inScrollLayout(async (page) => {
			const sweeps = () =>
				page.$$eval('.visual-slot clipPath rect', (rects) => rects.flatMap((r) => r.getAnimations()).length);
			for (const id of ['waiting-for-orders', 'abu-grain-falls']) {
				await reach(page, id);
			}
			expect(await sweeps()).toBe(1);
			await page.waitForTimeout(600);
			expect(await sweeps()).toBe(0);
		});
	});

	it('fades in the marks a step adds, and none of those drawn with the page', async () => {
		await inScrollLayout(async (page) => {
			const fading = () =>
				page.$$eval('.visual-slot .layer:not(.hidden) [data-mark]', (marks) =>
					marks.filter((m) => m.getAnimations().length > 0).map((m) => m.getAttribute('data-mark'))
				);
			expect(await page.locator('.visual-slot [data-mark]').count()).toBeGreaterThan(0);
			expect(await fading()).toEqual([]);
			for (const id of ['haftar-announces', 'zilla-clash']) {
				// Let the marks the first jump adds finish fading in.
				await page.waitForTimeout(500);
				await reach(page, id);
			}
			expect(await fading()).toEqual(['zilla-clash']);
			await page.waitForTimeout(500);
			expect(await fading()).toEqual([]);
		});
	});

	it('draws a step change at once, with no transition, for readers who prefer reduced motion', async () => {
		// Reduced motion defaults to the article layout; this reader has chosen the scroll layout.
		await inScrollLayout(
			async (page) => {
				const ids = await stepIds(page);
				for (const id of [ids[3]!, ids[9]!, ids[20]!, ids[2]!]) {
					await reach(page, id);
					await page.evaluate(() => new Promise(requestAnimationFrame));
					expect(await page.evaluate(() => document.getAnimations().length), id).toBe(0);
					const [now] = await canonicalSvgs(page, '.visual-slot .layer:not(.hidden) svg');
					await page.waitForTimeout(600);
					const [later] = await canonicalSvgs(page, '.visual-slot .layer:not(.hidden) svg');
					expect(now, id).toBe(later);
				}
			},
			(page) => page.emulateMedia({ reducedMotion: 'reduce' })
		);
	});
});

/** Starts watching what the next step change creates or removes in the sticky visual (see `changedByStep`). */
const watchStepChange = (page: Page) =>
	page.evaluate(() => {
		const w = window as Window & { __changed?: string[] };
		delete w.__changed;
		// The records pending as the step change writes the active step are the step change's own: what the browser
		// does in idle moments before or after it is not. Observers are called in the order they were created, so this
		// one takes the frame's records before the frame's own observer would.
		const step = new MutationObserver(() => {
			w.__changed = frame
				.takeRecords()
				.flatMap((r) => [...r.addedNodes, ...r.removedNodes])
				.map((n) => (n instanceof Element ? n.outerHTML.slice(0, 80) : String(n.textContent)));
			frame.disconnect();
			step.disconnect();
		});
		const frame = new MutationObserver(() => {});
		step.observe(document.querySelector('[data-active-step]')!, { attributes: true });
		frame.observe(document.querySelector('.visual-slot .frame')!, { childList: true, subtree: true });
	});

/** The nodes the watched step change created or removed in the sticky visual (see `watchStepChange`). */
const changedByStep = (page: Page) =>
	page.evaluate(() => (window as Window & { __changed?: string[] }).__changed);

describe('the sticky visual', () => {
	it('draws the next kind of visual ahead, so the step that brings it creates no element', async () => {
		await inScrollLayout(async (page) => {
			const ids = await stepIds(page);
			const to = ids.find((_, i) => i > 0 && ids[i - 1] === 'unity-government')!;
			await jumpTo(page, 'unity-government');
			// While the browser is idle, the kinds of the next steps are drawn, hidden: the progress chart (next) and the
			// counts chart (three steps on). Nothing is left to create once both are there.
			for (const kind of ['progress', 'counts'])
				await page.waitForSelector(`.visual-slot .layer.hidden[data-visual="${kind}"] svg`, {
					state: 'attached'
				});
			await watchStepChange(page);
			await reach(page, to);
			expect(await changedByStep(page)).toEqual([]);
			expect(
				await page.$$eval('.visual-slot .layer:not(.hidden)', (layers) =>
					layers.map((l) => l.getAttribute('data-visual'))
				)
			).toEqual(['progress']);
			// The hidden layers stay drawn, transparent and under the shown one: out of the pointer's reach and out of the
			// accessibility tree.
			const hit = await page.$eval('.visual-slot .frame', (frame) => {
				const box = frame.getBoundingClientRect();
				const under = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return under?.closest('.layer')?.getAttribute('data-visual');
			});
			expect(hit).toBe('progress');
			const hidden = await page.$$eval('.visual-slot .layer.hidden', (layers) =>
				layers.map((l) => [l.getAttribute('aria-hidden'), getComputedStyle(l).opacity])
			);
			expect(hidden.length).toBeGreaterThan(0);
			expect(hidden).toEqual(hidden.map(() => ['true', '0']));
			// Two steps on, the counts chart shown is the one drawn ahead, and its bars grow in.
			await page.$eval('.visual-slot .layer.hidden[data-visual="counts"] svg', (svg) =>
				svg.setAttribute('data-drawn-ahead', '')
			);
			await reach(page, 'first-toll');
			await page.evaluate(() => new Promise(requestAnimationFrame));
			expect(await page.locator('.visual-slot .layer:not(.hidden) svg[data-drawn-ahead]').count()).toBe(1);
			const growing = await page.$$eval('.visual-slot .layer:not(.hidden) .row .bar', (bars) =>
				bars.map((b) => b.getAnimations().length)
			);
			expect(growing.length).toBeGreaterThan(0);
			expect(growing).toEqual(growing.map(() => 1));
		});
	});

	it('draws what the next map step adds ahead, hidden, so that step only reveals it', async () => {
		await inScrollLayout(async (page) => {
			await reach(page, 'haftar-announces');
			// While the browser is idle, the shown map is given the next step: its new mark is drawn, not displayed.
			const drawnAhead = '.visual-slot .layer:not(.hidden) [data-mark="zilla-clash"].ahead';
			await page.waitForSelector(drawnAhead, { state: 'attached' });
			expect(await page.$eval(drawnAhead, (mark) => getComputedStyle(mark).display)).toBe('none');
			await page.$eval(drawnAhead, (mark) => mark.setAttribute('data-drawn-ahead', ''));
			await watchStepChange(page);
			await reach(page, 'zilla-clash');
			expect(await changedByStep(page)).toEqual([]);
			await page.evaluate(() => new Promise(requestAnimationFrame));
			const mark = page.locator('.visual-slot .layer:not(.hidden) [data-mark="zilla-clash"]');
			expect(
				await mark.evaluate((m) => ({
					drawnAhead: m.hasAttribute('data-drawn-ahead'),
					display: getComputedStyle(m).display,
					entering: m.getAnimations().length
				}))
			).toEqual({ drawnAhead: true, display: 'inline', entering: 1 });
		});
	});
});

describe('a browser without IntersectionObserver', () => {
	it('loads the stepper: the first step is active, and Next and the keys move on', async () => {
		const browser = await openBrowser();
		try {
			const { page } = browser;
			await page.addInitScript(() => {
				delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
			});
			await page.goto(story(), { waitUntil: 'networkidle' });
			const ids = await stepIds(page);
			await page.locator('.stepper').waitFor();
			expect(await active(page)).toBe(ids[0]);
			await page.getByRole('button', { name: 'Next' }).click();
			expect(await active(page)).toBe(ids[1]);
			await page.keyboard.press('j');
			expect(await active(page)).toBe(ids[2]);
			expect(await page.getAttribute(`#step-${ids[2]}`, 'aria-current')).toBe('step');
		} finally {
			await browser.close();
		}
	});
});

describe('static figures after hydration', () => {
	const count = async (layout: 'scroll' | 'article') => {
		const browser = await openBrowser();
		try {
			const { page } = browser;
			await page.addInitScript((value) => localStorage.setItem('scrolly-layout', value), layout);
			await page.goto(story(), { waitUntil: 'networkidle' });
			await page.locator('[data-active-step]').waitFor();
			// The steps are the server's HTML, never hydrated: every figure is in the page, and the layout shows them or not.
			return {
				figures: await page.locator('.step-figure svg[role="img"]').filter({ visible: true }).count(),
				steps: await page.locator('[data-step]').count()
			};
		} finally {
			await browser.close();
		}
	};

	it('are not shown in the scroll layout, which shows only the sticky visual', async () => {
		expect((await count('scroll')).figures).toBe(0);
	});

	it('are all there in the article layout, one per step', async () => {
		const { figures, steps } = await count('article');
		expect(steps).toBe(32);
		expect(figures).toBe(steps);
	});
});
