// A reader scrolling with the wheel at reading pace through a whole page, and what that costs: frames over 16.7 and
// 33 ms, the longest frame, long tasks, layout shift, and step latency (a step's midpoint passing the offset line to
// the change of data-active-step).
import { percentile } from './stats.js';
import { installRecorder, stopRecorder } from './recorder.js';

/** 100 px wheel ticks every 120 ms: about 830 px/s, a brisk reading pace. */
export const WHEEL = { delta: 100, every: 120 };

/**
 * Headless Chromium's frame intervals scatter between 16.5 and 16.8 ms at 60 Hz, so a frame counts as over 16.7 ms
 * (or 33 ms) only past this allowance: "over 16.7" then means it missed a refresh, "over 33" that it missed two.
 */
export const JITTER_MS = 1;

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

/**
 * Wheels `page` from the top to the bottom with the pointer over the text column, on a fixed schedule.
 * @param {import('playwright-core').Page} page
 * @param {{ width: number, height: number }} viewport
 */
export async function wheelToEnd(page, viewport) {
	await page.mouse.move(viewport.width * (viewport.width < 768 ? 0.5 : 0.2), viewport.height * 0.8);
	const start = Date.now();
	let still = 0;
	for (let tick = 1; tick < 5000 && still < 3; tick++) {
		await page.mouse.wheel(0, WHEEL.delta);
		await sleep(start + tick * WHEEL.every - Date.now());
		const atEnd = await page.evaluate(
			() => window.scrollY + innerHeight >= document.documentElement.scrollHeight - 1
		);
		still = atEnd ? still + 1 : 0;
	}
}

/**
 * What one scroll cost, from the in-page recording.
 * @param {import('./recorder.js').Recording} rec
 */
export function analyse(rec) {
	const intervals = rec.frames.slice(1).map((t, i) => t - (rec.frames[i] ?? t));
	const share = (/** @type {number} */ ms) =>
		intervals.length ? (100 * intervals.filter((d) => d > ms).length) / intervals.length : NaN;
	/** @type {number[]} */
	const latencies = [];
	let missed = 0;
	rec.ids.forEach((id, i) => {
		const crossed = rec.crossed[i] ?? NaN;
		if (Number.isNaN(crossed)) return;
		const change = rec.changes.find(([, value]) => value === id);
		if (change) latencies.push(change[0] - crossed);
		else missed += 1;
	});
	return {
		frames: intervals.length,
		over16: share(16.7 + JITTER_MS),
		over33: share(33 + JITTER_MS),
		longestFrame: intervals.length ? Math.max(...intervals) : NaN,
		longTasks: rec.longTasks.length,
		longTaskMs: rec.longTasks.reduce((a, b) => a + b, 0),
		layoutShift: rec.layoutShift,
		latency: {
			p50: percentile(latencies, 50),
			p95: percentile(latencies, 95),
			max: latencies.length ? Math.max(...latencies) : NaN,
			steps: latencies.length,
			missed
		}
	};
}

/**
 * Records a wheel scroll through the whole page at the given CPU slowdown (1 = none).
 * @param {import('playwright-core').Page} page
 * @param {{ width: number, height: number }} viewport
 * @param {number} cpuRate
 */
export async function measureScroll(page, viewport, cpuRate) {
	const cdp = await page.context().newCDPSession(page);
	await page.evaluate(installRecorder);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
	await wheelToEnd(page, viewport);
	await sleep(300);
	const rec = await page.evaluate(stopRecorder);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await cdp.detach();
	return analyse(rec);
}
