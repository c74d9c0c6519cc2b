import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES, STORY_SLUGS, stepsOf } from '../stories.ts';
import { AXE, axeViolations, baseURL, openBrowser, reach, stepIds, visits } from './harness.ts';

type Browser = Awaited<ReturnType<typeof openBrowser>>;
const stepIdsOf = async (slug: string) => stepsOf(STORIES.find((s) => s.slug === slug)!).map((s) => s.id);

/** What every story must do, each story in turn: nothing here names a story or its steps. */
describe.each(STORY_SLUGS)('the story %s', (slug) => {
	const story = () => `${baseURL()}/${slug}/`;

	describe('deep links', () => {
		let browser: Browser;
		beforeAll(async () => (browser = await openBrowser()));
		afterAll(() => browser.close());

		it('open every step directly, with no other step ever active on the way', async () => {
			const { page } = browser;
			await page.goto(story(), { waitUntil: 'networkidle' });
			const ids = await stepIds(page);
			await browser.context.addInitScript(() => {
				const w = window as unknown as { __seen: string[] };
				w.__seen = [];
				new MutationObserver(() => {
					const root = document.querySelector('[data-active-step]');
					if (root) w.__seen.push(root.getAttribute('data-active-step') ?? '');
				}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-active-step'] });
			});
			// Four fresh pages at a time, each loading one step's address.
			const open = async (id: string) => {
				const tab = await browser.context.newPage();
				await tab.goto(`${story()}#step-${id}`, { waitUntil: 'networkidle' });
				await tab.waitForFunction(
					(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
					id
				);
				const seen = await tab.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
				expect(
					visits(seen).filter((v) => v !== ''),
					id
				).toEqual([id]);
				expect(await tab.getAttribute(`#step-${id}`, 'aria-current')).toBe('step');
				await tab.close();
			};
			for (let i = 0; i < ids.length; i += 4) await Promise.all(ids.slice(i, i + 4).map(open));
		});
	});

	describe('without JavaScript, and in print', () => {
		it('shows every step’s text and a static visual, in order, when JavaScript is off', async () => {
			const browser = await openBrowser({ width: 390, height: 844 }, { javaScriptEnabled: false });
			try {
				const { page } = browser;
				await page.goto(story());
				const steps = await page.$$eval('[data-step]', (els) =>
					els.map((el) => ({
						text: (el.querySelector('.prose') as HTMLElement).innerText.length,
						svg: !!el.querySelector('.step-figure svg[role="img"]')
					}))
				);
				expect(steps.length).toBe((await stepIdsOf(slug)).length);
				expect(steps.every((s) => s.text > 40 && s.svg)).toBe(true);
				expect(await page.locator('.graphic').isVisible()).toBe(false);
			} finally {
				await browser.close();
			}
		});

		it('prints unrolled: every step with its static visual, the sticky visual hidden, nothing cut at the page edge', async () => {
			const browser = await openBrowser();
			try {
				const { page } = browser;
				await page.goto(story(), { waitUntil: 'networkidle' });
				const count = (await stepIds(page)).length;
				await page.emulateMedia({ media: 'print' });
				await page.waitForFunction((n) => document.querySelectorAll('.step-figure svg').length === n, count);
				expect(await page.locator('.graphic').isVisible()).toBe(false);
				const widest = await page.$$eval('[data-step], .step-figure svg', (els) =>
					Math.max(...els.map((el) => el.getBoundingClientRect().right))
				);
				expect(widest).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
				const pdf = await page.pdf({ format: 'A4' });
				expect(pdf.length).toBeGreaterThan(10_000);
			} finally {
				await browser.close();
			}
		});
	});

	describe('accessibility', () => {
		// Every step on the phone, where the layout is tightest; every other step on the desktop, whose step text and
		// visual are the same elements laid out with more room (the suite's time is budgeted).
		it.each([
			{ width: 1280, height: 800, every: 2, which: 'every other step' },
			{ width: 390, height: 844, every: 1, which: 'every step' }
		])(
			'has no WCAG 2.2 A/AA violation at $which at $width×$height, and shows each step’s focus',
			async ({ width, height, every }) => {
				const browser = await openBrowser({ width, height });
				try {
					const { page } = browser;
					// Before the page loads, as the browser's own script: the page's security policy refuses an inline
					// <script> that the build did not hash, as addScriptTag would add it.
					await page.addInitScript({ content: AXE });
					await page.goto(story(), { waitUntil: 'networkidle' });
					const ids = await stepIds(page);
					const problems: string[] = [];
					for (const id of ['', ...ids.filter((_, i) => i % every === 0 || i === ids.length - 1)]) {
						if (id) {
							await reach(page, id);
						}
						await page.waitForTimeout(100);
						// The whole page once; then what a step changes: the sticky visual with its progress bar, and the step.
						const violations = await axeViolations(page, {
							include: id ? ['.scrolly > .graphic', `#step-${id}`] : undefined
						});
						problems.push(...violations.map((v) => `${id || '(start)'} ${v}`));
						// A drawing taller than its frame scrolls inside it, to the mark the step focuses.
						const outside = await page.evaluate(() => {
							const layer = document.querySelector('.visual-slot .layer:not(.hidden)');
							const focus = layer?.querySelector('[data-focus]');
							if (!layer || !focus) return false;
							const [frame, mark] = [layer.getBoundingClientRect(), focus.getBoundingClientRect()];
							return mark.top < frame.top - 1 || mark.bottom > frame.bottom + 1;
						});
						if (outside) problems.push(`${id} focus: out of the visual's frame`);
					}
					expect(problems).toEqual([]);
				} finally {
					await browser.close();
				}
			}
		);
	});
});
