// The presenter view with its audience screens, in Chromium: two windows of one browser drive each other both ways,
// pair again after either reloads, fall back to the window they opened without BroadcastChannel, and the presenter
// alone shows the notes. The follow-along code's short link opens the reader at the step.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES, stepsOf } from '../stories.ts';
import { AXE, axeViolations, baseURL, openBrowser } from './harness.ts';

const story = STORIES[0]!;
const steps = stepsOf(story);
const ids = steps.map((s) => s.id);
const presenterURL = (step: string) => `${baseURL()}/present/${story.slug}/presenter/?step=${step}`;
const activeStep = (page: Page) => page.getAttribute('[data-active-step]', 'data-active-step');
/** Pairing is asked to land within 2 s of a reload or a move. */
const within2s = { timeout: 2000 };
const at = (page: Page, index: number) =>
	page.waitForSelector(`[data-active-step="${ids[index]}"]`, within2s);

async function openPresenter(context: BrowserContext, step: string) {
	const page = await context.newPage();
	await page.goto(presenterURL(step), { waitUntil: 'networkidle' });
	await page.waitForSelector('[data-active-step]:not([data-active-step=""])');
	return page;
}

/** Opens the audience screen with the presenter's button, as a teacher does: a window the presenter opened. */
async function openAudience(context: BrowserContext, presenter: Page) {
	const [audience] = await Promise.all([
		context.waitForEvent('page'),
		presenter.getByRole('button', { name: 'Open audience screen' }).click()
	]);
	await audience.waitForLoadState('networkidle');
	return audience;
}

describe(`the presenter view of ${story.slug}`, () => {
	let browser: Awaited<ReturnType<typeof openBrowser>>;
	beforeAll(async () => (browser = await openBrowser({ width: 1280, height: 720 })));
	afterAll(() => browser?.close());

	it('drives the audience screen and follows it, and both pair again after either reloads', async () => {
		const presenter = await openPresenter(browser.context, ids[2]!);
		const audience = await openAudience(browser.context, presenter);
		await at(audience, 2);
		for (let i = 0; i < 3; i++) await presenter.keyboard.press('n');
		await at(audience, 5);
		await audience.keyboard.press('p');
		await at(presenter, 4);
		await expect
			.poll(() => presenter.locator('.pair').textContent(), within2s)
			.toContain('1 audience screen');

		await audience.reload();
		await at(audience, 4);
		await presenter.keyboard.press('n');
		await at(audience, 5);

		await presenter.reload();
		await at(presenter, 5);
		await audience.keyboard.press('n');
		await at(presenter, 6);
		await expect
			.poll(() => presenter.locator('.pair').textContent(), within2s)
			.toContain('1 audience screen');
		await Promise.all([presenter.close(), audience.close()]);
	});

	it('shows the step’s notes in [data-notes], and the audience screen never does', async () => {
		const presenter = await openPresenter(browser.context, ids[3]!);
		expect((await presenter.locator('[data-notes]').textContent())!.trim()).toBe(steps[3]!.notes);
		const audience = await openAudience(browser.context, presenter);
		const text = await audience.evaluate(() => document.documentElement.textContent ?? '');
		expect(text).not.toContain(steps[3]!.notes!.slice(0, 40));
		expect(await audience.locator('[data-notes]').count()).toBe(0);
		await Promise.all([presenter.close(), audience.close()]);
	});

	it('warns when a second presenter view of the story opens, and does not follow it', async () => {
		const first = await openPresenter(browser.context, ids[1]!);
		const second = await openPresenter(browser.context, ids[1]!);
		for (const page of [first, second])
			await expect.poll(() => page.locator('[role="alert"]').count(), within2s).toBe(1);
		await second.keyboard.press('n');
		await second.waitForTimeout(300);
		expect(await activeStep(first)).toBe(ids[1]);
		await Promise.all([first.close(), second.close()]);
	});

	it('gives a QR code and a short link that open the reader at the step', async () => {
		const presenter = await openPresenter(browser.context, ids[6]!);
		const qr = presenter.locator('.follow svg[role="img"]');
		expect(await qr.getAttribute('aria-label')).toContain(`/${story.slug}/#step-${ids[6]}`);
		expect(await qr.locator('path').getAttribute('d')).toMatch(/^M/);
		const short = await presenter.locator('.follow a').getAttribute('href');
		expect(short).toBe(`${baseURL()}/${story.slug}/#7`);
		const reader = await browser.context.newPage();
		await reader.goto(short!, { waitUntil: 'networkidle' });
		await reader.waitForSelector(`[data-active-step="${ids[6]}"]`);
		await Promise.all([presenter.close(), reader.close()]);
	});
});

describe('the presenter view without BroadcastChannel', () => {
	it('pairs through the window it opened, both ways, and again after the presenter reloads', async () => {
		const browser = await openBrowser({ width: 1280, height: 720 });
		try {
			await browser.context.addInitScript(
				() => delete (window as { BroadcastChannel?: unknown }).BroadcastChannel
			);
			const presenter = await openPresenter(browser.context, ids[0]!);
			const audience = await openAudience(browser.context, presenter);
			await presenter.keyboard.press('n');
			await at(audience, 1);
			await audience.keyboard.press('n');
			await at(presenter, 2);
			await presenter.reload();
			await at(presenter, 2);
			await expect
				.poll(() => presenter.locator('.pair').textContent(), within2s)
				.toContain('1 audience screen');
			await presenter.keyboard.press('n');
			await at(audience, 3);
		} finally {
			await browser.close();
		}
	});
});

describe.each(STORIES.map((s) => ({ slug: s.slug, first: stepsOf(s)[0]!.id })))(
	'the classroom pages of $slug',
	({ slug, first }) => {
		it('have no axe violation: the audience screen, the presenter view and the handout', async () => {
			const browser = await openBrowser({ width: 1280, height: 720 });
			try {
				await browser.page.addInitScript({ content: AXE });
				const problems: string[] = [];
				for (const path of [
					`/present/${slug}/?step=${first}`,
					`/present/${slug}/presenter/`,
					`/${slug}/handout/`
				]) {
					await browser.page.goto(`${baseURL()}${path}`, { waitUntil: 'networkidle' });
					problems.push(...(await axeViolations(browser.page)).map((v) => `${path} ${v}`));
				}
				expect(problems).toEqual([]);
			} finally {
				await browser.close();
			}
		});
	}
);
