import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROME_FLAGS, findChrome, INSTALL_HINT } from '../../scripts/chrome.js';

export const baseURL = () => inject('baseURL');

/** A fresh Chromium profile at the given viewport, service workers blocked unless asked; `close()` removes it. */
export async function openBrowser(
	viewport = { width: 1280, height: 800 },
	options: {
		javaScriptEnabled?: boolean;
		deviceScaleFactor?: number;
		serviceWorkers?: 'allow' | 'block';
	} = {}
) {
	const executablePath: string | undefined = findChrome();
	if (!executablePath) throw new Error(INSTALL_HINT);
	const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
	const context: BrowserContext = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: CHROME_FLAGS,
		viewport,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		deviceScaleFactor: options.deviceScaleFactor ?? 1,
		// The site's service worker keeps a story after one visit (src/site/offline/): only the offline tests let it,
		// so that elsewhere every request reaches the server (and page.route) and no background copy competes for the
		// CPU with what a test measures.
		serviceWorkers: options.serviceWorkers ?? 'block'
	});
	const page: Page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		async close() {
			await context.close();
			// Chromium's helper processes may still write to the profile just after it closes.
			rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
		}
	};
}

/** Starts recording every value of `data-active-step` on the scroller root into `window.__steps`. */
export async function recordActiveSteps(page: Page) {
	await page.evaluate(() => {
		const root = document.querySelector('[data-active-step]')!;
		const w = window as unknown as { __steps: string[] };
		w.__steps = [root.getAttribute('data-active-step') ?? ''];
		new MutationObserver(() => w.__steps.push(root.getAttribute('data-active-step') ?? '')).observe(root, {
			attributes: true,
			attributeFilter: ['data-active-step']
		});
	});
	return () => page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
}

/**
 * Scrolls with the mouse wheel, one notch at a time at a reading pace, until the page reaches its top or bottom.
 * Ends on position, not on a pause in scrolling, so a busy machine cannot stop it early.
 */
export async function wheelTo(page: Page, edge: 'top' | 'bottom', notch = 150) {
	const atEdge = (e: 'top' | 'bottom') =>
		e === 'top'
			? window.scrollY <= 0
			: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
	for (let i = 0; i < 4000; i++) {
		if (i % 8 === 0 && (await page.evaluate(atEdge, edge))) break;
		await page.mouse.wheel(0, edge === 'top' ? -notch : notch);
		await page.waitForTimeout(20);
	}
	await page.waitForFunction(atEdge, edge);
	await page.waitForTimeout(150);
}

/**
 * The SVGs matching `selector`, written canonically (attributes sorted, Svelte's scoping classes dropped, url("#x")
 * as url(#x)): a server-rendered and a client-created SVG list the same attributes in different orders, and a style
 * set from script serialises url() with quotes.
 */
export const canonicalSvgs = (page: Page, selector: string) =>
	page.$$eval(selector, (svgs) => {
		const write = (node: Node): string => {
			if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim();
			if (node.nodeType !== Node.ELEMENT_NODE) return '';
			const el = node as Element;
			const attrs = [...el.attributes]
				.map((a) => [
					a.name,
					a.name === 'class'
						? a.value.replace(/\bsvelte-\w+/g, '').trim()
						: a.value.replace(/url\("([^"]*)"\)/g, 'url($1)')
				])
				.filter(([name, value]) => !(name === 'class' && value === ''))
				.sort(([a], [b]) => a!.localeCompare(b!))
				.map(([name, value]) => `${name}="${value}"`);
			return `<${el.tagName} ${attrs.join(' ')}>${[...el.childNodes].map(write).join('')}</${el.tagName}>`;
		};
		return svgs.map(write);
	});

/** Consecutive duplicates removed: the order in which values were visited. */
export const visits = (values: string[]) => values.filter((v, i) => i === 0 || v !== values[i - 1]);

export const active = (page: Page) => page.getAttribute('[data-active-step]', 'data-active-step');
export const stepIds = (page: Page) =>
	page.$$eval('[data-step]', (els) => els.map((el) => el.id.replace(/^step-/, '')));
/** The canonical SVG once transitions have settled: two reads 200 ms apart agree. */
export const visualSvg = async (page: Page) => {
	let previous = '';
	for (let i = 0; i < 25; i++) {
		const [current = ''] = await canonicalSvgs(page, '.visual-slot .layer:not(.hidden) svg');
		if (current === previous) return current;
		previous = current;
		await page.waitForTimeout(200);
	}
	throw new Error('the visual never settled');
};
/** Scrolls so that step `id`'s midpoint is just past the offset line, in one jump. */
export const jumpTo = (page: Page, id: string) =>
	page.evaluate((target) => {
		const el = document.getElementById(`step-${target}`)!;
		const r = el.getBoundingClientRect();
		const line = Math.round(window.innerHeight * (window.innerWidth < 768 ? 0.7 : 0.5));
		window.scrollTo({
			top: Math.ceil(window.scrollY + r.top + r.height / 2 - line + 1),
			behavior: 'instant'
		});
	}, id);
/** Jumps to step `id` and waits until it is the active step. */
export const reach = async (page: Page, id: string) => {
	await jumpTo(page, id);
	await page.waitForFunction(
		(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
		id
	);
};

/** axe-core's source, for `page.addInitScript` before the page loads (the pages' policy refuses an added <script>). */
export const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * The WCAG 2.2 A/AA violations axe finds in the page (or only in the elements `include` selects), each as
 * "rule: first targets". The page must have been loaded with AXE as an init script.
 */
export const axeViolations = (
	page: Page,
	{ include, iframes = true }: { include?: string[]; iframes?: boolean } = {}
) =>
	page.evaluate(
		async ({ include, iframes }) => {
			type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
			const { axe } = window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } };
			const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, {
				iframes,
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
			});
			return result.violations.map(
				(v) =>
					`${v.id}: ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(', ')}`
			);
		},
		{ include, iframes }
	);
