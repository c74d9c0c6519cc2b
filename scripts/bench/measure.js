// One page at one viewport, in fresh browser contexts (cold cache): bytes on first load and after a wheel scroll to
// the end, and what the scroll cost at 1× and at 4× CPU throttling.
import { recordNetwork, tally } from './network.js';
import { measureScroll } from './scroll.js';

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number }} viewport
 */
export async function measurePage(browser, url, viewport) {
	const origin = new URL(url).origin;
	/** @param {number} cpuRate */
	const session = async (cpuRate) => {
		const context = await browser.newContext({ viewport });
		try {
			const page = await context.newPage();
			const network = recordNetwork(page);
			await page.goto(url, { waitUntil: 'networkidle' });
			const firstLoad = tally(await network.snapshot(), origin);
			const scroll = await measureScroll(page, viewport, cpuRate);
			await network.quiet(500);
			const afterScroll = tally(await network.snapshot(), origin);
			return { firstLoad, afterScroll, scroll };
		} finally {
			await context.close();
		}
	};
	const full = await session(1);
	await sleep(200);
	const slow = await session(4);
	return {
		firstLoad: full.firstLoad,
		afterScroll: full.afterScroll,
		scroll1x: full.scroll,
		scroll4x: slow.scroll
	};
}
