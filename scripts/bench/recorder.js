// Runs inside the page (passed to page.evaluate, so each function must stand alone): records, while the reader
// scrolls, every frame's timestamp (requestAnimationFrame), long tasks, layout shifts, when each step's midpoint first
// passes the offset line (checked at every frame and every scroll event, against midpoints measured up front and
// again on any resize), and when the root's data-active-step changes (MutationObserver, performance.now()).

/**
 * @typedef {object} Recording
 * @property {string[]} ids step ids in document order
 * @property {number[]} crossed when each step's midpoint first passed the line (NaN: already past at start, or never)
 * @property {[number, string][]} changes each new value of data-active-step with its time
 * @property {number[]} frames requestAnimationFrame timestamps
 * @property {number[]} longTasks durations of long tasks, ms
 * @property {number} layoutShift sum of layout-shift values
 */

/** Installs the recorder as window.__benchRecorder. */
export function installRecorder() {
	const root = document.querySelector('[data-active-step]');
	if (!root) throw new Error('No element with data-active-step on this page');
	const steps = Array.from(root.querySelectorAll('[id^="step-"]'));
	/** @type {Recording} */
	const rec = {
		ids: steps.map((el) => el.id.slice('step-'.length)),
		crossed: steps.map(() => NaN),
		changes: [],
		frames: [],
		longTasks: [],
		layoutShift: 0
	};
	/** @type {number[]} */
	let midpoints = [];
	const measure = () => {
		const y = window.scrollY;
		midpoints = steps.map((el) => {
			const r = el.getBoundingClientRect();
			return r.top + y + r.height / 2;
		});
	};
	const line = () => window.scrollY + Math.round(innerHeight * (innerWidth < 768 ? 0.7 : 0.5));
	measure();
	// Steps already past the line when recording starts have no crossing to time.
	let next = midpoints.filter((m) => m <= line()).length;
	/** @param {number} time */
	const sample = (time) => {
		const at = line();
		while (next < midpoints.length && (midpoints[next] ?? Infinity) <= at) rec.crossed[next++] = time;
	};
	let running = true;
	/** @param {number} time */
	const frame = (time) => {
		if (!running) return;
		rec.frames.push(time);
		sample(time);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	/** @param {Event} event */
	const onScroll = (event) => sample(event.timeStamp);
	addEventListener('scroll', onScroll, { capture: true, passive: true });
	const mutations = new MutationObserver(() =>
		rec.changes.push([performance.now(), root.getAttribute('data-active-step') ?? ''])
	);
	mutations.observe(root, { attributes: true, attributeFilter: ['data-active-step'] });
	const tasks = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) rec.longTasks.push(entry.duration);
	});
	tasks.observe({ type: 'longtask' });
	const shifts = new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			rec.layoutShift += /** @type {{ value?: number }} */ (entry).value ?? 0;
	});
	shifts.observe({ type: 'layout-shift' });
	const resize = new ResizeObserver(measure);
	resize.observe(document.documentElement);
	const stop = () => {
		running = false;
		removeEventListener('scroll', onScroll, { capture: true });
		for (const observer of [mutations, tasks, shifts, resize]) observer.disconnect();
		return rec;
	};
	/** @type {Window & { __benchRecorder?: { stop: () => Recording } }} */ (window).__benchRecorder = { stop };
}

/** Stops the recorder and returns what it recorded. */
export function stopRecorder() {
	const recorder = /** @type {Window & { __benchRecorder?: { stop: () => Recording } }} */ (window)
		.__benchRecorder;
	if (!recorder) throw new Error('The recorder was not installed');
	return recorder.stop();
}
