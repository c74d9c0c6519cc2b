// `npm run offline`'s single files, opened from disk (file://) in Chromium with the network off: the audience screen
// steps with the keys, the presenter's opens it and pairs with it, the reader's story hydrates and follows the reader,
// and nothing is fetched from outside the files.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineFiles } from '../../src/site/offline/offline-files.ts';
import { storyPages } from '../../src/site/offline/story-pages.ts';
import svelteConfig from '../../svelte.config.js';
import { STORIES, STORY_SLUGS, stepsOf } from '../stories.ts';
import { openBrowser } from './harness.ts';

const story = STORIES[0]!;
const ids = stepsOf(story).map((s) => s.id);
const [reader, audience, presenter] = storyPages(story.slug).map((p) => p.file!);
const ORIGIN = 'https://explainers.example';

describe(`the single offline files of ${story.slug}, opened from disk`, () => {
	const out = mkdtempSync(join(tmpdir(), 'offline-files-'));
	const fileURL = (name: string) => pathToFileURL(join(out, name)).href;
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	const requested: string[] = [];
	const errors: string[] = [];

	beforeAll(async () => {
		await writeOfflineFiles({
			buildDir: 'build',
			outDir: out,
			root: process.cwd(),
			stories: STORY_SLUGS,
			origin: ORIGIN,
			aliases: { $lib: 'src/lib', ...svelteConfig.kit?.alias }
		});
		browser = await openBrowser({ width: 1280, height: 720 });
		await browser.context.setOffline(true);
		browser.context.on('request', (r) => requested.push(r.url()));
		browser.page.on('pageerror', (e) => errors.push(e.message));
	}, 120_000);
	afterAll(async () => {
		await browser?.close();
		rmSync(out, { recursive: true, force: true });
	});

	it('writes every story’s pages, named after the story', () => {
		const expected = STORY_SLUGS.flatMap((slug) => storyPages(slug).flatMap((p) => p.file ?? []));
		expect(readdirSync(out).sort()).toEqual(expected.sort());
	});

	it('steps the audience screen with the keys, from the step the address names', async () => {
		const { page } = browser;
		await page.goto(`${fileURL(audience!)}?step=${ids[1]}`);
		await page.waitForSelector(`[data-active-step="${ids[1]}"]`);
		for (const key of ['ArrowRight', 'n', 'PageDown']) await page.keyboard.press(key);
		await page.waitForSelector(`[data-active-step="${ids[4]}"]`);
		await page.keyboard.press('ArrowLeft');
		await page.waitForSelector(`[data-active-step="${ids[3]}"]`);
		expect(new URL(page.url()).searchParams.get('step')).toBe(ids[3]);
		// A claim's link leads to the reader's single file, beside it.
		const claim = await page.getAttribute('a[href*="#claim-"]', 'href');
		expect(claim).toMatch(new RegExp(`^${reader!.replace('.', '\\.')}#claim-`));
	});

	it('hydrates the reader’s story, which follows the keys that scroll it', async () => {
		const { page } = browser;
		await page.goto(`${fileURL(reader!)}#step-${ids[2]}`);
		await waitForStep(page, ids[2]!);
		await page.keyboard.press('End');
		await waitForStep(page, ids.at(-1)!);
		expect(await page.getAttribute('[aria-current="step"]', 'id')).toBe(`step-${ids.at(-1)}`);
		// Links to the site's pages that have no single file go to the site.
		expect(await page.getAttribute('a[href$="/sources/"]', 'href')).toBe(`${ORIGIN}/${story.slug}/sources/`);
	});

	it('opens the audience screen’s file from the presenter’s, and the two drive each other', async () => {
		const { page, context } = browser;
		await page.goto(fileURL(presenter!));
		await page.waitForSelector(`[data-active-step="${ids[0]}"]`);
		expect(await page.locator('.follow').count()).toBe(0);
		const [screen] = await Promise.all([
			context.waitForEvent('page'),
			page.getByRole('button', { name: 'Open audience screen' }).click()
		]);
		screen.on('pageerror', (e) => errors.push(e.message));
		expect(screen.url()).toContain(audience!);
		await screen.waitForSelector(`[data-active-step="${ids[0]}"]`);
		await page.keyboard.press('n');
		await screen.waitForSelector(`[data-active-step="${ids[1]}"]`, { timeout: 2000 });
		await screen.keyboard.press('n');
		await page.waitForSelector(`[data-active-step="${ids[2]}"]`, { timeout: 2000 });
		await screen.close();
	});

	it('fetched nothing but the files themselves and data URIs, and threw no error', () => {
		const outside = requested.filter((url) => !url.startsWith('data:') && !url.startsWith(`file://${out}/`));
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});
});

const waitForStep = (page: Page, id: string) =>
	page.waitForFunction(
		(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
		id
	);
