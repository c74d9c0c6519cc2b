// The service worker, in Chromium: one visit to a story keeps it (its reader page, audience screen, handout and
// sources, with what they load) for use with no network, and nothing of another story; a cache that fails or a full
// quota leaves the online story as it was; a new build replaces the kept copy and deletes the old one.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { cacheName, manifestPath, type OfflineManifest } from '../../src/site/offline/offline-caches.ts';
import { writeOfflineWorker } from '../../src/site/offline/offline-worker.ts';
import { STORIES, STORY_SLUGS, stepsOf } from '../stories.ts';
import { active, baseURL, openBrowser, reach } from './harness.ts';

const [story, other] = STORIES as [(typeof STORIES)[0], (typeof STORIES)[0]];
const ids = stepsOf(story).map((s) => s.id);
const manifestOf = (dir: string, slug: string) =>
	JSON.parse(readFileSync(join(dir, manifestPath(slug)), 'utf8')) as OfflineManifest;

/** Every cache of the page's origin, each with the paths it holds, sorted. */
const cacheContents = (page: Page) =>
	page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys())
			out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
		return out;
	});
const offlineState = (page: Page) =>
	page.waitForSelector('html[data-offline]').then(() => page.getAttribute('html', 'data-offline'));

describe(`the service worker and ${story.slug}`, () => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	beforeAll(
		async () => (browser = await openBrowser({ width: 1280, height: 720 }, { serviceWorkers: 'allow' }))
	);
	afterAll(() => browser?.close());

	it('keeps the story after one visit: reader, audience screen, presenter view and handout work with no network, another story does not', async () => {
		const { page, context } = browser;
		// The classroom's pages keep the story; the reader's page does not (readers on a phone do not pay for it).
		await page.goto(`${baseURL()}/present/${story.slug}/`);
		expect(await offlineState(page)).toBe('kept');
		const manifest = manifestOf('build', story.slug);
		expect(await cacheContents(page)).toEqual({
			[cacheName(story.slug, manifest.version)]: manifest.files.map((f) => `/${f}`).sort()
		});
		expect(manifest.files.filter((f) => f.includes(other.slug))).toEqual([]);
		// Online too, the worker answers the kept files and leaves every other request to the browser.
		expect((await page.reload())?.fromServiceWorker()).toBe(true);
		expect((await page.goto(`${baseURL()}/`))?.fromServiceWorker()).toBe(false);
		await page.goto(`${baseURL()}/${story.slug}/`);

		await context.setOffline(true);
		try {
			await page.reload();
			await reach(page, ids[3]!); // the scroll tracker runs: the story's script came from the cache
			expect(await page.getAttribute('[aria-current="step"]', 'id')).toBe(`step-${ids[3]}`);

			await page.goto(`${baseURL()}/present/${story.slug}/?step=${ids[2]}`);
			await page.waitForSelector(`[data-active-step="${ids[2]}"]`);
			await page.keyboard.press('n');
			await page.waitForSelector(`[data-active-step="${ids[3]}"]`);

			await page.goto(`${baseURL()}/present/${story.slug}/presenter/?step=${ids[3]}`);
			await page.waitForSelector(`[data-active-step="${ids[3]}"]`);
			expect(await page.locator('[data-notes]').textContent()).toContain(
				stepsOf(story)[3]!.notes!.slice(0, 40)
			);

			await page.goto(`${baseURL()}/${story.slug}/handout/?notes=only`);
			expect(await page.getAttribute('html', 'data-handout-notes')).toBe('only');
			expect(await page.locator('[id^="step-"]').count()).toBe(ids.length);

			await expect(page.goto(`${baseURL()}/${other.slug}/`)).rejects.toThrow(
				/ERR_FAILED|ERR_INTERNET_DISCONNECTED/
			);
		} finally {
			await context.setOffline(false);
		}
	});
});

describe('a story that cannot be kept', () => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	beforeAll(
		async () => (browser = await openBrowser({ width: 1280, height: 720 }, { serviceWorkers: 'allow' }))
	);
	afterAll(() => browser?.close());

	it('works online when one of its files fails to cache, and is kept on a later visit', async () => {
		const { page, context } = browser;
		const handout = `**/${story.slug}/handout/`;
		await context.route(handout, (route) => route.fulfill({ status: 500, body: 'broken' }));
		await page.goto(`${baseURL()}/present/${story.slug}/`);
		expect(await offlineState(page)).toBe('failed');
		expect(await cacheContents(page)).toEqual({});
		await page.reload();
		await page.waitForSelector(`[data-active-step="${ids[0]}"]`);
		await page.keyboard.press('n');
		await page.waitForSelector(`[data-active-step="${ids[1]}"]`);
		await context.unroute(handout);
		await page.reload();
		expect(await offlineState(page)).toBe('kept');
	});

	it('works online when the storage quota is too small for it', async () => {
		const { page, context } = browser;
		await page.evaluate(async () => {
			for (const name of await caches.keys()) await caches.delete(name);
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseURL(), quotaSize: 20_000 });
		const warnings: string[] = [];
		page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
		await page.goto(`${baseURL()}/present/${story.slug}/?step=${ids[4]}`);
		expect(await offlineState(page)).toBe('failed');
		expect(warnings.join('\n')).toMatch(/quota/i);
		expect(await cacheContents(page)).toEqual({});
		expect(await active(page)).toBe(ids[4]);
		await page.keyboard.press('n');
		await page.waitForSelector(`[data-active-step="${ids[5]}"]`);
	});
});

describe('a new build', () => {
	const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	let server: { url: string; close(): Promise<void> };
	beforeAll(async () => {
		cpSync('build', dir, { recursive: true });
		server = await serve(dir, 0);
		browser = await openBrowser({ width: 1280, height: 720 }, { serviceWorkers: 'allow' });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('replaces the kept copy of a changed story and deletes the old one', async () => {
		const { page, context } = browser;
		await page.goto(`${server.url}/present/${story.slug}/`);
		expect(await offlineState(page)).toBe('kept');
		const before = manifestOf(dir, story.slug).version;

		// The next build changes the story's page: new manifests and a new worker, as the build writes them.
		const file = join(dir, 'present', story.slug, 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace('</body>', '<p id="next-build">v2</p></body>'));
		await writeOfflineWorker(dir, STORY_SLUGS);
		const after = manifestOf(dir, story.slug).version;
		expect(after).not.toBe(before);

		await page.reload(); // a navigation: the browser checks for a new worker
		await expect
			.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 })
			.toEqual([cacheName(story.slug, after)]);
		await context.setOffline(true);
		try {
			await page.reload();
			expect(await page.locator('#next-build').count()).toBe(1);
		} finally {
			await context.setOffline(false);
		}
	});
});
