// "Who says so": every figure in the text links to its claim, and pressing the link opens a note naming the claimant
// and the source. The note's code is loaded when a reader reaches for a claim link, not with the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, openBrowser } from './harness.ts';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

describe('a claim link in the story', () => {
	let browser: Browser;
	const scripts: string[] = [];
	beforeAll(async () => {
		browser = await openBrowser();
		browser.page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await browser.page.goto(`${baseURL()}/road-to-sirte/`, { waitUntil: 'networkidle' });
	});
	afterAll(() => browser.close());

	it('loads the note’s code when a reader presses a claim link, not when the pointer passes over it', async () => {
		const { page } = browser;
		const before = scripts.length;
		const link = page.locator('a.claim-ref').first();
		await link.scrollIntoViewIfNeeded();
		await link.hover();
		await page.waitForTimeout(300);
		expect(scripts.length).toBe(before);
		const loaded = page.waitForRequest((r) => r.resourceType() === 'script', { timeout: 5000 });
		await page.mouse.down();
		await loaded;
		expect(scripts.length).toBeGreaterThan(before);
		await page.mouse.up();
		await page.keyboard.press('Escape');
	});

	it('opens a note with the claim, who claims it and the source, and closing it returns focus to the link', async () => {
		const { page } = browser;
		const link = page.locator('a.claim-ref').first();
		const id = await link.getAttribute('data-claim');
		await link.click();
		const note = page.locator('dialog.claim-note[open]');
		await note.waitFor();
		expect(await note.locator('.who').textContent()).toMatch(/^Who says so: \S/);
		expect(await note.locator('.where a').getAttribute('href')).toMatch(/^https?:\/\//);
		expect(await note.locator('a', { hasText: 'All sources and claims' }).getAttribute('href')).toBe(
			`./sources/#claim-${id}`
		);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim-note-title');
		await note.getByRole('button', { name: 'Close' }).click();
		expect(await page.locator('dialog.claim-note').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-claim'))).toBe(id);
	});

	it('closes with Escape', async () => {
		const { page } = browser;
		await page.locator('a.claim-ref').nth(1).click();
		await page.locator('dialog.claim-note[open]').waitFor();
		await page.keyboard.press('Escape');
		expect(await page.locator('dialog.claim-note').count()).toBe(0);
	});
});
