import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_SLUGS } from '../stories.ts';
import { baseURL, openBrowser, recordActiveSteps, visits, wheelTo } from './harness.ts';

const viewports = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
];
const cases = STORY_SLUGS.flatMap((slug) => viewports.map((viewport) => ({ slug, ...viewport, viewport })));

describe.each(cases)('scrolling $slug at $width×$height', ({ slug, viewport }) => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	let ids: string[];

	beforeAll(async () => {
		browser = await openBrowser(viewport);
		await browser.page.goto(`${baseURL()}/${slug}/`, { waitUntil: 'networkidle' });
		ids = await browser.page.$$eval('[data-step]', (els) => els.map((el) => el.id.replace(/^step-/, '')));
	});
	afterAll(() => browser.close());

	it('has one scroller root, empty before the first step', async () => {
		const { page } = browser;
		expect(await page.locator('[data-active-step]').count()).toBe(1);
		expect(await page.getAttribute('[data-active-step]', 'data-active-step')).toBe('');
		expect(await page.locator('[aria-current="step"]').count()).toBe(0);
		expect(ids.length).toBeGreaterThanOrEqual(3);
	});

	it('moves data-active-step through every step in order with the wheel, and back', async () => {
		const { page } = browser;
		const read = await recordActiveSteps(page);
		await page.mouse.move(viewport.width / 2, viewport.height / 2);
		// 450 px notches: shorter than the gap between two steps' midpoints at both sizes (55svh or more, plus a card).
		await wheelTo(page, 'bottom', 450);
		const down = visits(await read());
		expect(down).toEqual(['', ...ids]);

		await wheelTo(page, 'top', 450);
		const all = visits(await read());
		expect(all.slice(down.length - 1)).toEqual([...ids].reverse().concat(''));
	});

	it('marks exactly the active step with aria-current="step"', async () => {
		const { page } = browser;
		const middle = ids[Math.floor(ids.length / 2)]!;
		await page.evaluate((id) => {
			const el = document.getElementById(`step-${id}`)!;
			const r = el.getBoundingClientRect();
			window.scrollTo(
				0,
				window.scrollY + r.top + r.height / 2 - window.innerHeight * (window.innerWidth < 768 ? 0.7 : 0.5) + 2
			);
		}, middle);
		await page.waitForFunction(
			(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
			middle
		);
		const current = await page.$$eval('[aria-current="step"]', (els) => els.map((el) => el.id));
		expect(current).toEqual([`step-${middle}`]);
	});
});
