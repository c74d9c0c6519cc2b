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
		await page.locator('dialog.claim-note[open]').waitFor();
		await page.keyboard.press('Escape');
		expect(await page.locator('dialog.claim-note').count()).toBe(0);
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

	it('shows the new claim, and gives it the focus, when another claim link is pressed while a note is open', async () => {
		const { page } = browser;
		const links = page.locator('a.claim-ref');
		const note = page.locator('dialog.claim-note[open]');
		await links.nth(0).click();
		await note.waitFor();
		const first = await note.locator('h2').textContent();
		// The note covers the bottom of the screen; the next link is above it, or brought into view.
		const other = links.nth(2);
		await other.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => note.locator('h2').textContent()).not.toBe(first);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim-note-title');
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-claim'))).toBe(
			await other.getAttribute('data-claim')
		);
	});

	it('never opens a note the reader dismissed with Escape while its code was still loading', async () => {
		const page = await browser.context.newPage();
		try {
			await page.goto(`${baseURL()}/road-to-sirte/`, { waitUntil: 'networkidle' });
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			const asked = new Promise<void>((resolve) =>
				page.route('**/*.js', async (route) => {
					resolve();
					await held;
					await route.continue();
				})
			);
			await page.locator('a.claim-ref').first().click();
			await asked;
			await page.keyboard.press('Escape');
			release();
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(200);
			expect(await page.locator('dialog.claim-note').count()).toBe(0);
			// The code did arrive: the next press opens the note at once.
			await page.locator('a.claim-ref').first().click();
			await page.locator('dialog.claim-note[open]').waitFor({ timeout: 2000 });
		} finally {
			await page.close();
		}
	});
});

// The claim list is laid out only as the reader nears it (content-visibility: auto in StoryClaims.svelte); a link to a
// claim must still land on it, laid out and in view.
describe('a link to a claim in the list', () => {
	let browser: Browser;
	beforeAll(async () => (browser = await openBrowser({ width: 390, height: 844 })));
	afterAll(() => browser.close());

	it('shows that claim, laid out, on the screen', async () => {
		const { page } = browser;
		await page.goto(`${baseURL()}/road-to-sirte/`, { waitUntil: 'networkidle' });
		const href = await page.locator('a.claim-ref').last().getAttribute('href');
		await page.goto(`${baseURL()}/road-to-sirte/${href}`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(300);
		const box = await page.locator(href!).boundingBox();
		expect(box?.height).toBeGreaterThan(0);
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height).toBeLessThanOrEqual(844);
	});
});
