// The pages run under the Content-Security-Policy that build/_headers gives them (scripts/serve.js applies it as a
// static host would): not one violation from the first byte to the last step, and the story still hydrates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedPages } from '../build/embed-pages.ts';
import { STORY_SLUGS } from '../stories.ts';
import { active, baseURL, openBrowser, wheelTo } from './harness.ts';

type Browser = Awaited<ReturnType<typeof openBrowser>>;
type Page = Browser['page'];

/** Opens `path` with every violation of the page's policy recorded from before its first script. */
async function openRecording(browser: Browser, path: string) {
	const page = await browser.context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	await page.goto(`${baseURL()}${path}`, { waitUntil: 'networkidle' });
	return page;
}
const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('the Content-Security-Policy in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => (browser = await openBrowser({ width: 390, height: 844 })));
	afterAll(() => browser.close());

	it.each(STORY_SLUGS.map((slug) => `/${slug}/`))(
		'lets the story page %s hydrate and run to its last step with no violation',
		async (path) => {
			const page = await openRecording(browser, path);
			try {
				// Long notches: what runs here is every visual's first drawing, not the pace of reading.
				await wheelTo(page, 'bottom', 600);
				expect(await active(page)).toMatch(/^[a-z0-9-]+$/);
				expect(await violations(page)).toEqual([]);
			} finally {
				await page.close();
			}
		}
	);

	it.each([
		'/',
		'/embed/',
		...STORY_SLUGS.flatMap((s) => [`/present/${s}/`, `/present/${s}/presenter/`]),
		...embedPages()
	])('shows %s to its end with no violation', async (path) => {
		const page = await openRecording(browser, path);
		try {
			await wheelTo(page, 'bottom');
			expect(await violations(page)).toEqual([]);
		} finally {
			await page.close();
		}
	});

	// The recorder above can see a violation: a script the page did not ship is refused.
	it('refuses an inline script the build did not hash, and reports it', async () => {
		const page = await openRecording(browser, '/');
		try {
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.__ran = true';
				document.body.append(script);
			});
			expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
			await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem inline /)]);
		} finally {
			await page.close();
		}
	});
});
