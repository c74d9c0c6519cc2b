// The heights the loader's snippets and the oEmbed responses reserve are the embeds' own, measured in Chromium at
// 375 px (npm run measure:embeds): measured again here, so a story edited since fails until it is measured again.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtChapters, measureChapters } from '../../scripts/embed-heights.js';
import { heightsPath } from '../../src/site/embed-height.server.ts';
import { STORY_SLUGS } from '../stories.ts';
import { baseURL, openBrowser } from './harness.ts';

describe.each(STORY_SLUGS)('the embeds of %s', (slug) => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	beforeAll(async () => (browser = await openBrowser({ width: 375, height: 667 })));
	afterAll(() => browser?.close());

	it('reserve the height each chapter measures at 375 px, to the pixel', async () => {
		const committed = JSON.parse(readFileSync(heightsPath(process.cwd(), slug), 'utf8')).heights;
		const measured = await measureChapters(browser.page, baseURL(), slug, builtChapters('build', slug));
		expect(measured, 'stale: run npm run measure:embeds').toEqual(committed);
		const oembed = JSON.parse(readFileSync(`build/oembed/${slug}/${Object.keys(committed)[0]}.json`, 'utf8'));
		expect(oembed.height).toBe(Object.values(committed)[0]);
	});
});
