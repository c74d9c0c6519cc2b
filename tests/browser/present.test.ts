// The classroom presentation's audience screen, in Chromium: the address owns the step (?step=), keys cover what
// clickers send, exactly one step per press or repeat, and Reload and Back keep the step.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES, stepsOf } from '../stories.ts';
import { baseURL, openBrowser } from './harness.ts';

const story = STORIES[0]!;
const ids = stepsOf(story).map((s) => s.id);
const present = (query = '') => `${baseURL()}/present/${story.slug}/${query}`;
const activeStep = (page: Page) => page.getAttribute('[data-active-step]', 'data-active-step');
const stepInAddress = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('step'));

describe(`the presentation of ${story.slug}`, () => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	beforeAll(async () => (browser = await openBrowser({ width: 1280, height: 720 })));
	afterAll(() => browser?.close());

	const open = async (query = '') => {
		const { page } = browser;
		await page.goto(present(query), { waitUntil: 'networkidle' });
		await page.waitForSelector('[data-active-step]:not([data-active-step=""])');
		return page;
	};

	it('moves exactly 20 steps for 20 presses of each forward key, and back again with each backward key', async () => {
		const page = await open();
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter', 'n']) {
			await page.keyboard.press('Home');
			expect(await activeStep(page)).toBe(ids[0]);
			for (let i = 0; i < 20; i++) await page.keyboard.press(key);
			expect(await activeStep(page), key).toBe(ids[20]);
			expect(await stepInAddress(page)).toBe(ids[20]);
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']) {
			await page.keyboard.press('Home');
			for (let i = 0; i < 20; i++) await page.keyboard.press('n');
			for (let i = 0; i < 20; i++) await page.keyboard.press(key);
			expect(await activeStep(page), key).toBe(ids[0]);
		}
		await page.keyboard.press('End');
		expect(await activeStep(page)).toBe(ids.at(-1));
	});

	it('moves one step per repeat of a held key, however fast they come', async () => {
		const page = await open();
		await page.evaluate(() => {
			for (let i = 0; i < 7; i++)
				window.dispatchEvent(
					new KeyboardEvent('keydown', { key: 'ArrowRight', repeat: i > 0, bubbles: true })
				);
		});
		expect(await activeStep(page)).toBe(ids[7]);
	});

	it('keeps the step on Reload and on Back from another page', async () => {
		const page = await open(`?step=${ids[5]}`);
		expect(await activeStep(page)).toBe(ids[5]);
		await page.keyboard.press('n');
		await page.reload({ waitUntil: 'networkidle' });
		await page.waitForSelector(`[data-active-step="${ids[6]}"]`);
		await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
		await page.goBack({ waitUntil: 'networkidle' });
		await page.waitForSelector(`[data-active-step="${ids[6]}"]`);
	});

	it('opens at the first step with a short notice when ?step= names no step', async () => {
		const page = await open('?step=no-such-step');
		expect(await activeStep(page)).toBe(ids[0]);
		expect(await page.locator('.notice[role="status"]').textContent()).toContain('no-such-step');
	});

	it('blanks the screen (b, .), shows every step to jump to (o), and leaves either with Escape', async () => {
		const page = await open();
		for (const key of ['b', '.']) {
			await page.keyboard.press(key);
			expect(await page.locator('.blank').count()).toBe(1);
			await page.keyboard.press('n');
			expect(await activeStep(page)).toBe(ids[0]);
			await page.keyboard.press('Escape');
			expect(await page.locator('.blank').count()).toBe(0);
		}
		await page.keyboard.press('o');
		const tiles = page.locator('[role="dialog"] .tile');
		expect(await tiles.count()).toBe(ids.length);
		await tiles.nth(9).click();
		expect(await activeStep(page)).toBe(ids[9]);
		expect(await page.locator('[role="dialog"]').count()).toBe(0);
		await page.keyboard.press('o');
		await page.keyboard.press('Escape');
		expect(await page.locator('[role="dialog"]').count()).toBe(0);
	});

	it.each([
		{ width: 1280, height: 720, least: 28 },
		{ width: 1024, height: 768, least: 24 }
	])('sets the step’s text at $least px or more at $width×$height', async ({ width, height, least }) => {
		const page = await open();
		await page.setViewportSize({ width, height });
		const size = await page.evaluate(() =>
			parseFloat(getComputedStyle(document.querySelector('[aria-current="step"] .prose')!).fontSize)
		);
		expect(size).toBeGreaterThanOrEqual(least);
		await page.setViewportSize({ width: 1280, height: 720 });
	});

	it('never shows the speaker notes', async () => {
		const page = await open();
		const notes = stepsOf(story).flatMap((s) => (s.notes ? [s.notes.slice(0, 40)] : []));
		expect(notes.length).toBeGreaterThan(0);
		// Every text in the page, hidden or not, the props the script reads included.
		const text = await page.evaluate(() => document.documentElement.textContent ?? '');
		for (const note of notes) expect(text).not.toContain(note);
	});
});

describe(`the handout of ${story.slug}`, () => {
	it.each([
		{ notes: 'below', text: true, questions: true },
		{ notes: 'none', text: true, questions: false },
		{ notes: 'only', text: false, questions: true }
	])(
		'shows the text $text and the questions $questions with ?notes=$notes',
		async ({ notes, text, questions }) => {
			const browser = await openBrowser({ width: 800, height: 1000 });
			try {
				const { page } = browser;
				await page.goto(`${baseURL()}/${story.slug}/handout/?notes=${notes}`, { waitUntil: 'networkidle' });
				expect(await page.locator('.step .text').first().isVisible()).toBe(text);
				expect(await page.locator('aside[data-notes]').first().isVisible()).toBe(questions);
				expect(await page.locator('aside[data-notes]').count()).toBe(
					stepsOf(story).filter((s) => s.notes).length
				);
			} finally {
				await browser.close();
			}
		}
	);
});
