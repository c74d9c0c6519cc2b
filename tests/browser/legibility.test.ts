import { describe, expect, it } from 'vitest';
import { oneStepPerKind, STORIES } from '../stories.ts';
import { baseURL, openBrowser } from './harness.ts';

/** The smallest rendered text size, in CSS px, of the sticky visual's SVG: font size × how much the SVG is scaled. */
const smallestText = (page: Awaited<ReturnType<typeof openBrowser>>['page']) =>
	page.$eval('.visual-slot .layer:not(.hidden) svg', (svg) => {
		const box = svg.getBoundingClientRect();
		const vb = (svg as SVGSVGElement).viewBox.baseVal;
		const scale = Math.min(box.width / vb.width, box.height / vb.height);
		const sizes = [...svg.querySelectorAll('text')]
			.filter((t) => t.getBoundingClientRect().width > 0 && getComputedStyle(t).visibility !== 'hidden')
			.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
		return Math.min(...sizes);
	});

const show = async (page: Awaited<ReturnType<typeof openBrowser>>['page'], slug: string, id: string) => {
	await page.goto('about:blank');
	await page.goto(`${baseURL()}/${slug}/#step-${id}`);
	await page.waitForFunction(
		(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
		id
	);
	await page.waitForTimeout(300);
};

/** In each story, the first step of each kind of visual it uses. */
const steps = STORIES.flatMap((s) => oneStepPerKind(s).map((k) => ({ slug: s.slug, ...k })));

describe('text in the visuals stays legible', () => {
	it('is at least 12 px on a 390 px phone, in every visual', async () => {
		const browser = await openBrowser({ width: 390, height: 844 });
		try {
			for (const { slug, kind, id } of steps) {
				await show(browser.page, slug, id);
				expect(await smallestText(browser.page), `${slug}: ${kind}`).toBeGreaterThanOrEqual(12);
			}
		} finally {
			await browser.close();
		}
	});

	it('is at least 18 px when the visual fills a 1920×1080 screen, as a presenter shows it', async () => {
		const browser = await openBrowser({ width: 1920, height: 1080 });
		try {
			for (const { slug, kind, id } of steps) {
				await show(browser.page, slug, id);
				await browser.page.addStyleTag({
					content:
						'.graphic { position: fixed !important; inset: 0 !important; width: 100vw !important; height: 100vh !important; z-index: 9 }'
				});
				await browser.page.waitForTimeout(300);
				expect(await smallestText(browser.page), `${slug}: ${kind}`).toBeGreaterThanOrEqual(18);
			}
		} finally {
			await browser.close();
		}
	});
});
